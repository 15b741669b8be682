package uk.bcf.ledger.shared.query;

import uk.bcf.ledger.shared.period.Period;

/** Asks for every version of one plan or actual, oldest first, as known at a moment. */
public record FetchFigureHistoryQuery(String boardCode, FigureKind kind, String metric, Period period, AsOf asOf) {
}
