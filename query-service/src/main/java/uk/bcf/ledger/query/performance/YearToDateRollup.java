package uk.bcf.ledger.query.performance;

import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * Year-to-date counts: every figure is the total from the start of the year to the end of its period, so a quarter
 * or year is its latest figure, never a sum. The months reported run from the start of the period to the last
 * month the figure covers; a figure that stops short of the period's end is incomplete.
 */
final class YearToDateRollup implements ActualRollup {

    @Override
    public Optional<PeriodActual> quarter(Quarter quarter, PostedFigureIndex actuals) {
        Optional<PeriodActual> posted = actuals.postedFor(quarter).map(m -> PeriodActual.posted(quarter, m));
        if (posted.isPresent()) {
            return posted;
        }
        List<Month> months = actuals.postedMonths(quarter);
        if (months.isEmpty()) {
            return Optional.empty();
        }
        Month latest = months.get(months.size() - 1);
        PeriodActual figure =
                PeriodActual.posted(latest, actuals.postedFor(latest).orElseThrow());
        return Optional.of(upTo(quarter, figure, latest.equals(quarter.lastMonth())));
    }

    @Override
    public Optional<PeriodActual> year(FinancialYear year, PostedFigureIndex actuals) {
        Optional<PeriodActual> posted = actuals.postedFor(year).map(m -> PeriodActual.posted(year, m));
        if (posted.isPresent()) {
            return posted;
        }
        List<Quarter> quarters = year.quarters();
        for (int index = quarters.size() - 1; index >= 0; index--) {
            Quarter quarter = quarters.get(index);
            Optional<PeriodActual> figure = quarter(quarter, actuals);
            if (figure.isPresent()) {
                boolean complete = figure.get().complete() && quarter.lastDay().equals(year.lastDay());
                return Optional.of(upTo(year, figure.get(), complete));
            }
        }
        return Optional.empty();
    }

    private static PeriodActual upTo(Period period, PeriodActual figure, boolean complete) {
        List<Month> months = period.months();
        List<Month> covered = months.subList(0, months.indexOf(figure.lastMonth()) + 1);
        return new PeriodActual(figure.components(), covered, complete);
    }
}
