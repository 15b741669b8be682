package uk.bcf.ledger.query.pool;

import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.shared.period.FinancialYear;

/** Asks for a board's pooled budget for a financial year, as known at a moment. */
public record FetchPoolQuery(String boardCode, FinancialYear year, AsOfParameter asOf) {}
