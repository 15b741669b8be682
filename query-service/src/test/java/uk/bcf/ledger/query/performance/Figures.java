package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.query.projection.PopulationLookup;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** Short-hand for the figures and rows of the tests. */
final class Figures {

    static final PopulationLookup NO_POPULATION = (year, band) -> OptionalLong.empty();

    private Figures() {}

    static CurrentFigure count(String metric, String period, long value) {
        return new CurrentFigure(metric, Period.parse(period), Measurement.count(value));
    }

    static CurrentFigure perDay(String metric, String period, String perDay) {
        return new CurrentFigure(metric, Period.parse(period), Measurement.perDay(new BigDecimal(perDay)));
    }

    static CurrentFigure events(String metric, String period, long numerator) {
        return new CurrentFigure(metric, Period.parse(period), Measurement.events(numerator));
    }

    static CurrentFigure ratio(String metric, String period, long numerator, long denominator) {
        return new CurrentFigure(metric, Period.parse(period), Measurement.ratio(numerator, denominator));
    }

    static PopulationLookup population(int calendarYear, String ageBand, long count) {
        return (year, band) ->
                year == calendarYear && band.equals(ageBand) ? OptionalLong.of(count) : OptionalLong.empty();
    }

    static PerformanceRow row(List<PerformanceRow> rows, String metric, String period) {
        return rows.stream()
                .filter(row -> row.metric().equals(metric) && row.period().equals(period))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + metric + " " + period));
    }

    /** The exact printed form of a number, so that its scale is checked too; null stays null. */
    static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
