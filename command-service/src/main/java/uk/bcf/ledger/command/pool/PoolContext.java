package uk.bcf.ledger.command.pool;

import java.time.Clock;
import uk.bcf.ledger.shared.figure.Provenance;

/**
 * What a pool's ledger needs from outside itself: the national lists of scheme types and the clock that stamps
 * provenance. Injected into the aggregate's command handlers so the domain rules stay free of framework lookups.
 */
public class PoolContext {

    private final SchemeTypeCatalogue catalogue;
    private final Clock clock;

    public PoolContext(SchemeTypeCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    SchemeTypeCatalogue catalogue() {
        return catalogue;
    }

    Provenance provenance(String recordedBy, String reason) {
        return new Provenance(recordedBy, clock.instant(), null, reason);
    }
}
