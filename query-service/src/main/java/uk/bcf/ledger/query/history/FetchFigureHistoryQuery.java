package uk.bcf.ledger.query.history;

import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.period.Period;

/** Asks for every version of one plan or actual, oldest first, as known at a moment. */
public record FetchFigureHistoryQuery(
        String boardCode, FigureKind kind, String metric, Period period, AsOfParameter asOf) {}
