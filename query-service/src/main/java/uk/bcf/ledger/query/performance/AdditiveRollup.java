package uk.bcf.ledger.query.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * Sums (and ratios of sums): a figure posted directly for a period wins; otherwise the figures of its parts are
 * added up, a quarter from its posted months and a year from its quarters. The total is complete only when every
 * part is present and complete.
 */
final class AdditiveRollup implements ActualRollup {

    private final DenominatorMerge denominators;

    AdditiveRollup(DenominatorMerge denominators) {
        this.denominators = denominators;
    }

    @Override
    public Optional<PeriodActual> quarter(Quarter quarter, PostedFigureIndex actuals) {
        Optional<PeriodActual> posted = actuals.postedFor(quarter).map(m -> PeriodActual.posted(quarter, m));
        if (posted.isPresent()) {
            return posted;
        }
        List<PeriodActual> months = actuals.postedMonths(quarter).stream()
                .map(month ->
                        PeriodActual.posted(month, actuals.postedFor(month).orElseThrow()))
                .toList();
        return total(months, quarter.months().size());
    }

    @Override
    public Optional<PeriodActual> year(FinancialYear year, PostedFigureIndex actuals) {
        Optional<PeriodActual> posted = actuals.postedFor(year).map(m -> PeriodActual.posted(year, m));
        if (posted.isPresent()) {
            return posted;
        }
        List<PeriodActual> quarters = year.quarters().stream()
                .flatMap(quarter -> quarter(quarter, actuals).stream())
                .toList();
        return total(quarters, year.quarters().size());
    }

    private Optional<PeriodActual> total(List<PeriodActual> parts, int partsInPeriod) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        CountAndDenominator sum = parts.get(0).components();
        List<Month> months = new ArrayList<>(parts.get(0).monthsReported());
        for (PeriodActual part : parts.subList(1, parts.size())) {
            sum = sum.plus(part.components(), denominators);
            months.addAll(part.monthsReported());
        }
        boolean complete = parts.size() == partsInPeriod && parts.stream().allMatch(PeriodActual::complete);
        return Optional.of(new PeriodActual(sum, months, complete));
    }
}
