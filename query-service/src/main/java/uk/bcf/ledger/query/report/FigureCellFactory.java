package uk.bcf.ledger.query.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.performance.PerformanceStatus;
import uk.bcf.ledger.query.projection.PublishedFigure;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;

/**
 * Builds a metric's actuals, plans and variances as table cells, by the metric's value shape, grouped in thousands
 * for the page ({@code 19,746}) and plain in CSV: a count alone ({@code 6475}); a rate with its count
 * ({@code 112.8 (65 admsns)}); a percentage with its numerator and denominator ({@code 98.6% (73/74)}); components
 * only where they were given, so a figure given as printed stands alone ({@code 8.4%}). A partial figure also names
 * its months ({@code 4585 (Jul & Aug)}); a figure whose published value disagrees with what it gives shows both
 * ({@code 551.4 (200/36,273; published 550)}); a rate compared in counts shows its counts.
 */
final class FigureCellFactory {

    static final String NOT_APPLICABLE = "N/A";

    private final MetricDefinition metric;
    private final PublishedLookup published;

    /** Where the published figure noted on a period's current plan or actual is found. */
    @FunctionalInterface
    interface PublishedLookup {
        PublishedFigure of(FigureKind kind, String period);
    }

    FigureCellFactory(MetricDefinition metric, PublishedLookup published) {
        this.metric = metric;
        this.published = published;
    }

    /** The cells of a metric's figures, with the published figures noted on them. */
    static FigureCellFactory of(MetricData data) {
        return new FigureCellFactory(data.metric(), data::published);
    }

    /** A period's actual; empty when the period has none. */
    ReportCell actual(PerformanceRow row) {
        if (row.value() == null && row.numerator() == null) {
            return ReportCell.EMPTY;
        }
        String months = row.complete() ? null : MonthLabels.list(row.monthsReported());
        Parts parts = components(row.numerator(), row.denominator());
        return cell(row.value(), months, parts, published.of(FigureKind.ACTUAL, row.period()));
    }

    /** A period's plan, with the components of a plan posted for exactly that period; empty without a plan. */
    ReportCell plan(PerformanceRow row, Optional<Measurement> posted) {
        Parts parts = posted.filter(plan -> !plan.isDailyRate())
                .map(plan -> components(
                        plan.value() != null ? Long.valueOf(plan.value().longValue()) : plan.numerator(),
                        plan.denominator()))
                .orElse(Parts.NONE);
        if (row.plan() == null && parts.isEmpty()) {
            return ReportCell.EMPTY;
        }
        PublishedFigure note = posted.isPresent() ? published.of(FigureKind.PLAN, row.period()) : PublishedFigure.NONE;
        return cell(row.plan(), null, parts, note);
    }

    /** A complete period's variance, signed; {@code N/A} for a partial period with a plan; else empty. */
    ReportCell variance(PerformanceRow row) {
        if (row.variance() != null) {
            String signed = ReportNumbers.signed(row.variance());
            String unit = row.planCount() != null && metric.countLabel() != null ? " " + metric.countLabel() : "";
            String parts = row.partsValue() == null
                    ? ""
                    : " (outturn; its parts give " + ReportNumbers.value(row.partsValue(), metric.shape()) + ")";
            return new ReportCell(signed + unit + parts, row.variance().toPlainString(), null);
        }
        boolean partial = row.status() == PerformanceStatus.INCOMPLETE && row.plan() != null;
        return partial ? ReportCell.noteOnly(NOT_APPLICABLE) : ReportCell.EMPTY;
    }

    /** What stands behind a value of the metric's shape, as shown and as in CSV: nothing for a count. */
    private Parts components(Long numerator, Long denominator) {
        if (numerator == null) {
            return Parts.NONE;
        }
        return switch (metric.shape()) {
            case COUNT -> Parts.NONE;
            case RATE_PER_100K -> new Parts(labelled(ReportNumbers.grouped(numerator)), labelled(numerator.toString()));
            case PERCENTAGE, MEAN ->
                denominator == null
                        ? new Parts(ReportNumbers.grouped(numerator), numerator.toString())
                        : new Parts(
                                ReportNumbers.grouped(numerator) + "/" + ReportNumbers.grouped(denominator),
                                numerator + "/" + denominator);
        };
    }

    private String labelled(String count) {
        return metric.countLabel() == null ? count : count + " " + metric.countLabel();
    }

    private ReportCell cell(BigDecimal value, String months, Parts parts, PublishedFigure note) {
        Function<BigDecimal, String> shown = number -> ReportNumbers.value(number, metric.shape());
        String discrepancy =
                Boolean.TRUE.equals(note.discrepancy()) ? "published " + shown.apply(note.publishedValue()) : null;
        String plainDiscrepancy = Boolean.TRUE.equals(note.discrepancy())
                ? "published " + note.publishedValue().toPlainString()
                : null;
        String shownNote = joined(parts.shown(), months, discrepancy);
        String csvNote = joined(parts.plain(), months, plainDiscrepancy);
        if (value == null) {
            return new ReportCell(shownNote == null ? "" : shownNote, null, csvNote);
        }
        String text = shown.apply(value);
        return new ReportCell(shownNote == null ? text : text + " (" + shownNote + ")", value.toPlainString(), csvNote);
    }

    private static String joined(String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    /** Components as the page shows them (grouped) and as CSV writes them (plain). */
    private record Parts(String shown, String plain) {
        static final Parts NONE = new Parts(null, null);

        boolean isEmpty() {
            return shown == null;
        }
    }
}
