package uk.bcf.ledger.shared.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

class MetricDefinitionPolicyTest {

    private static final MetricSpecification FALLS =
            MetricSpecification.of(MetricCatalogue.standard().find("FALLS_65").orElseThrow());

    @Test
    void everySeededMetricReadsBackAsItself() {
        for (MetricDefinition metric : MetricCatalogue.standard().all()) {
            assertThat(MetricDefinitionPolicy.definitionOf(MetricSpecification.of(metric)))
                    .isEqualTo(metric);
        }
    }

    @Test
    void anUnknownValueShapeIsRefusedNamingTheShape() {
        assertRefused(with(FALLS, "MEDIAN", FALLS.populationAgeBand(), FALLS.firstYear()), "shape", "MEDIAN");
    }

    @Test
    void aRateThatIsNotStandardisedNeedsItsPopulation() {
        MetricSpecification crude = new MetricSpecification(
                "CRUDE",
                "Crude",
                "per 100,000",
                "RATE_PER_100K",
                "SUM",
                "LOWER_IS_BETTER",
                List.of("YEAR"),
                List.of("YEAR"),
                false,
                1,
                null,
                2,
                "2023-24",
                null,
                "SUS",
                "A crude rate",
                null,
                null,
                "NONE",
                null,
                null,
                List.of());
        assertRefused(crude, "populationAgeBand", "is required");
    }

    @Test
    void aStandardisedRateNeedsNoPopulation() {
        MetricDefinition falls =
                MetricDefinitionPolicy.definitionOf(with(FALLS, "RATE_PER_100K", null, FALLS.firstYear()));
        assertThat(falls.isStandardised()).isTrue();
        assertThat(falls.populationAgeBand()).isNull();
    }

    @Test
    void aYearThatIsNotAFinancialYearIsRefusedNamingItsField() {
        assertRefused(with(FALLS, "RATE_PER_100K", "65+", "2023"), "firstYear", "financial year");
    }

    @Test
    void aLowerCaseCodeIsRefused() {
        assertRefused(FALLS.withCode("falls"), "code", "capital letters");
    }

    private static MetricSpecification with(MetricSpecification base, String shape, String band, String firstYear) {
        return new MetricSpecification(
                base.code(),
                base.name(),
                base.unit(),
                shape,
                base.rollup(),
                base.goodDirection(),
                base.actualPeriods(),
                base.planPeriods(),
                base.dailyRatePlans(),
                base.displayDecimals(),
                band,
                base.publicationLagMonths(),
                firstYear,
                base.lastYear(),
                base.defaultSource(),
                base.definition(),
                base.countLabel(),
                base.dailyRateUnit(),
                base.standardisation(),
                null,
                base.boardCode(),
                base.pausedYears());
    }

    private static void assertRefused(MetricSpecification spec, String field, String reason) {
        assertThatThrownBy(() -> MetricDefinitionPolicy.definitionOf(spec))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(RefusalKind.INVALID);
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.reason()).contains(reason);
                });
    }
}
