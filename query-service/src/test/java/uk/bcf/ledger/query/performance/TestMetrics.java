package uk.bcf.ledger.query.performance;

import java.util.List;
import java.util.Set;
import uk.bcf.ledger.shared.metric.Direction;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.metric.ValueShape;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.PeriodKind;

/** Made-up metrics for exercising one rule at a time, in force from 2019-20. */
final class TestMetrics {

    private static final Set<PeriodKind> ANY_PERIOD = Set.of(PeriodKind.values());

    private TestMetrics() {}

    static MetricDefinition metric(String code, ValueShape shape, Rollup rollup, Direction goodDirection) {
        String ageBand = shape == ValueShape.RATE_PER_100K ? "65+" : null;
        int decimals = shape == ValueShape.COUNT ? 0 : 1;
        return new MetricDefinition(
                code,
                code,
                "units",
                shape,
                rollup,
                goodDirection,
                ANY_PERIOD,
                ANY_PERIOD,
                true,
                decimals,
                ageBand,
                1,
                FinancialYear.of("2019-20"),
                null,
                "test source",
                "test definition",
                "units counted",
                "units per day");
    }

    static PerformanceCalculator calculatorFor(MetricDefinition... metrics) {
        return new PerformanceCalculator(new MetricCatalogue(List.of(metrics)));
    }
}
