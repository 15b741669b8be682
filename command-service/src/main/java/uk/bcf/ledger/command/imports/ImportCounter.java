package uk.bcf.ledger.command.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts imports in the Micrometer counter {@value #NAME}, tagged {@code outcome}: {@code applied} (stored),
 * {@code previewed} (a dry run answered with its report) or {@code rejected} (refused: a row broke a rule, or the
 * file was unreadable or too large).
 */
@Component
class ImportCounter {

    static final String NAME = "bcf.imports";

    private final Counter applied;
    private final Counter previewed;
    private final Counter rejected;

    ImportCounter(MeterRegistry registry) {
        this.applied = counter(registry, "applied");
        this.previewed = counter(registry, "previewed");
        this.rejected = counter(registry, "rejected");
    }

    void applied() {
        applied.increment();
    }

    void previewed() {
        previewed.increment();
    }

    void rejected() {
        rejected.increment();
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(NAME)
                .description("Bulk imports of plans and actuals, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
