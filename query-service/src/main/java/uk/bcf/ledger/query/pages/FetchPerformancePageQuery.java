package uk.bcf.ledger.query.pages;

import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.shared.period.FinancialYear;

/** Asks for what the performance page of a board's financial year shows, as known at a moment. */
public record FetchPerformancePageQuery(String boardCode, FinancialYear financialYear, AsOfParameter asOf) {}
