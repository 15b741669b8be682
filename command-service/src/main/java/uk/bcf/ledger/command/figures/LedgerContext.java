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
 * What a metric ledger needs from outside itself: the metric catalogue, the clock and the board's known populations,
 * and the little it derives from them (the metric in force, today, a figure's provenance). Injected into the aggregate's command handlers so
 * the domain rules stay free of framework lookups.
 */
public class LedgerContext {

    private final MetricCatalogue catalogue;
    private final Clock clock;
    private final KnownPopulations populations;

    public LedgerContext(MetricCatalogue catalogue, Clock clock, KnownPopulations populations) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.populations = populations;
    }

    /** The board's population of the metric's age band for the year the period's financial year starts in. */
    Long population(String boardCode, MetricDefinition metric, Period period) {
        if (metric.populationAgeBand() == null) {
            return null;
        }
        return populations
                .count(boardCode, period.financialYear().startYear(), metric.populationAgeBand())
                .orElse(null);
    }

    /**
     * The metric of a board's command, which must exist, be the board's to use (national, or its own local metric)
     * and be in force in the period's financial year.
     */
    public MetricDefinition metricInForce(String boardCode, String code, Period period) {
        MetricDefinition metric = known(boardCode, code);
        if (!metric.inForce(period.financialYear())) {
            throw notInForce(metric, period, "");
        }
        return metric;
    }

    /**
     * The metric of a board's actual, which must exist, be the board's to use and be in force in the period's
     * financial year or be reported for it as a baseline (from its {@code baselineFrom} year until it came into
     * force).
     */
    public MetricDefinition metricReported(String boardCode, String code, Period period) {
        MetricDefinition metric = known(boardCode, code);
        if (!metric.acceptsActuals(period.financialYear())) {
            String baselines = metric.baselineFrom() == null
                    ? ""
                    : "; baselines from " + metric.baselineFrom().code();
            throw notInForce(metric, period, baselines);
        }
        return metric;
    }

    private MetricDefinition known(String boardCode, String code) {
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
        LocalMetricPolicy.checkBoard(metric, boardCode);
        return metric;
    }

    private static Refusal notInForce(MetricDefinition metric, Period period, String baselines) {
        String until = metric.lastYear() == null
                ? "onwards"
                : "to " + metric.lastYear().code();
        return Refusal.invalid(
                "period",
                metric.code() + " is not a BCF metric in "
                        + period.financialYear().code() + " (in force from "
                        + metric.firstYear().code() + " " + until + baselines + ")");
    }

    /** This context, knowing the board's population beforehand (as an import looks it up once per file). */
    LedgerContext knowingPopulation(Long population) {
        return new LedgerContext(
                catalogue, clock, (boardCode, year, ageBand) -> java.util.Optional.ofNullable(population));
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
