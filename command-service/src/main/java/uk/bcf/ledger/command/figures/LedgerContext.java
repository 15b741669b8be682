package uk.bcf.ledger.command.figures;

import java.time.Clock;
import java.time.LocalDate;
import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * What a metric ledger needs from outside itself: the metric catalogue and the clock, and the little it derives
 * from them (the metric in force, today, a figure's provenance). Injected into the aggregate's command handlers so
 * the domain rules stay free of framework lookups.
 */
public class LedgerContext {

    private final MetricCatalogue catalogue;
    private final Clock clock;

    public LedgerContext(MetricCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The metric of a command, which must exist and be in force in the period's financial year. */
    public MetricDefinition metricInForce(String code, Period period) {
        MetricDefinition metric = catalogue
                .find(code)
                .orElseThrow(() -> Refusal.invalid(
                        "metric",
                        "unknown metric '" + code + "'; known metrics: "
                                + String.join(
                                        ", ",
                                        catalogue.all().stream()
                                                .map(MetricDefinition::code)
                                                .toList())));
        if (!metric.inForce(period.financialYear())) {
            String until = metric.lastYear() == null
                    ? "onwards"
                    : "to " + metric.lastYear().code();
            throw Refusal.invalid(
                    "period",
                    metric.code() + " is not a BCF metric in "
                            + period.financialYear().code() + " (in force from "
                            + metric.firstYear().code() + " " + until + ")");
        }
        return metric;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The stated source, or {@code fallback} when none (or only blanks) is stated. */
    public String sourceOr(String stated, String fallback) {
        String source = TextRules.optional("source", stated, TextRules.MAX_SOURCE);
        return source == null ? fallback : source;
    }

    public Provenance provenance(String recordedBy, String source, String reason) {
        return new Provenance(recordedBy, clock.instant(), sourceOr(source, null), reason);
    }
}
