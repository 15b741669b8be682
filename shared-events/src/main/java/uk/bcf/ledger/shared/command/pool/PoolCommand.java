package uk.bcf.ledger.shared.command.pool;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.bcf.ledger.shared.command.BoardCommand;
import uk.bcf.ledger.shared.period.FinancialYear;

/** A command about one board's pooled budget in one financial year; it is routed to that pool. */
public interface PoolCommand extends BoardCommand {

    FinancialYear year();

    @TargetAggregateIdentifier
    default String poolId() {
        return PoolId.of(boardCode(), year());
    }
}
