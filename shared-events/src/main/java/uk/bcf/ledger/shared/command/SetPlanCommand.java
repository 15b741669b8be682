package uk.bcf.ledger.shared.command;

import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** Sets the plan for a metric and period that has none yet. */
public record SetPlanCommand(
        String boardCode, String metric, Period period, Measurement measurement, String source, String recordedBy)
        implements FigureCommand {}
