package uk.bcf.ledger.query.pool;

import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.shared.period.FinancialYear;

/** Asks for every version of one scheme line of a pool and of its quarters' spend, as known at a moment. */
public record FetchPoolLineHistoryQuery(String boardCode, FinancialYear year, String lineId, AsOfParameter asOf) {}
