package uk.bcf.ledger.shared.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.bcf.ledger.shared.period.Period;

/** A command about one plan or actual; it is routed to the ledger of its board, metric and financial year. */
public interface FigureCommand extends BoardCommand {

    String metric();

    Period period();

    @TargetAggregateIdentifier
    default String metricYearId() {
        return MetricYearId.of(boardCode(), metric(), period());
    }
}
