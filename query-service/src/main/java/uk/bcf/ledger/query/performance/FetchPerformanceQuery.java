package uk.bcf.ledger.query.performance;

import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.shared.period.FinancialYear;

/** Asks for one board's plan-versus-actual view of a financial year, as it was known at a moment. */
public record FetchPerformanceQuery(String boardCode, FinancialYear financialYear, AsOfParameter asOf) {}
