package uk.bcf.ledger.shared.command;

import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** Records the actual for a metric and period that has none (or only a withdrawn one). */
public record RecordActualCommand(
        String boardCode, String metric, Period period, Measurement measurement, String source, String recordedBy)
        implements FigureCommand {}
