package uk.bcf.ledger.query.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.performance.PerformanceStatus;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;

/**
 * Builds a metric's actuals, plans and variances as table cells, by the metric's value shape: a count alone
 * ({@code 6475}); a rate with its count ({@code 112.8 (65 admsns)}); a percentage with its numerator and denominator
 * ({@code 98.6% (73/74)}). A partial figure also names its months ({@code 4585 (Jul & Aug)}).
 */
final class FigureCellFactory {

    static final String NOT_APPLICABLE = "N/A";

    private final MetricDefinition metric;

    FigureCellFactory(MetricDefinition metric) {
        this.metric = metric;
    }

    /** A period's actual; empty when the period has none. */
    ReportCell actual(PerformanceRow row) {
        if (row.value() == null && row.numerator() == null) {
            return ReportCell.EMPTY;
        }
        String months = row.complete() ? null : MonthLabels.list(row.monthsReported());
        return cell(row.value(), joined(components(row.numerator(), row.denominator()), months));
    }

    /** A period's plan, with the components of a plan posted for exactly that period; empty without a plan. */
    ReportCell plan(PerformanceRow row, Optional<Measurement> posted) {
        String components = posted.filter(plan -> !plan.isDailyRate())
                .map(plan -> components(
                        plan.value() != null ? plan.value().longValue() : plan.numerator(), plan.denominator()))
                .orElse(null);
        if (row.plan() == null && components == null) {
            return ReportCell.EMPTY;
        }
        return cell(row.plan(), components);
    }

    /** A complete period's variance, signed; {@code N/A} for a partial period with a plan; else empty. */
    ReportCell variance(PerformanceRow row) {
        if (row.variance() != null) {
            String signed = ReportNumbers.signed(row.variance());
            return new ReportCell(signed, row.variance().toPlainString(), null);
        }
        boolean partial = row.status() == PerformanceStatus.INCOMPLETE && row.plan() != null;
        return partial ? ReportCell.noteOnly(NOT_APPLICABLE) : ReportCell.EMPTY;
    }

    /** What stands behind a value of the metric's shape: nothing for a count. */
    private String components(Long numerator, Long denominator) {
        if (numerator == null) {
            return null;
        }
        return switch (metric.shape()) {
            case COUNT -> null;
            case RATE_PER_100K ->
                metric.countLabel() == null ? numerator.toString() : numerator + " " + metric.countLabel();
            case PERCENTAGE, MEAN -> denominator == null ? numerator.toString() : numerator + "/" + denominator;
        };
    }

    private ReportCell cell(BigDecimal value, String note) {
        if (value == null) {
            return ReportCell.noteOnly(note);
        }
        String shown = ReportNumbers.value(value, metric.shape());
        return new ReportCell(note == null ? shown : shown + " (" + note + ")", value.toPlainString(), note);
    }

    private static String joined(String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }
}
