package uk.bcf.ledger.shared.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueOverlayTest {

    private final List<MetricDefinition> seed = MetricCatalogue.standard().all();

    @Test
    void theStoreWinsOverTheSeedAndARetiredMetricIsGone() {
        MetricDefinition nel = seed.get(0);
        MetricSpecification renamed = MetricSpecification.of(nel);
        renamed = new MetricSpecification(
                renamed.code(),
                "Renamed",
                renamed.unit(),
                renamed.shape(),
                renamed.rollup(),
                renamed.goodDirection(),
                renamed.actualPeriods(),
                renamed.planPeriods(),
                renamed.dailyRatePlans(),
                renamed.displayDecimals(),
                renamed.populationAgeBand(),
                renamed.publicationLagMonths(),
                renamed.firstYear(),
                renamed.lastYear(),
                renamed.defaultSource(),
                renamed.definition(),
                renamed.countLabel(),
                renamed.dailyRateUnit(),
                renamed.standardisation(),
                renamed.baselineFrom(),
                renamed.boardCode(),
                renamed.pausedYears());

        CatalogueOverlay.Result result = CatalogueOverlay.of(
                seed,
                List.of(
                        new StoredMetric("NEL", renamed, false),
                        new StoredMetric("DTOC", MetricSpecification.of(seed.get(1)), true)));

        assertThat(result.definitions().get(0).name()).isEqualTo("Renamed");
        assertThat(result.definitions()).extracting(MetricDefinition::code).doesNotContain("DTOC");
        assertThat(result.unreadable()).isEmpty();
    }

    @Test
    void aStoredDefinitionWithAnUnknownShapeIsLeftOutAndReported() {
        MetricSpecification future = MetricSpecification.of(seed.get(0));
        future = new MetricSpecification(
                "NEW_MEDIAN",
                future.name(),
                future.unit(),
                "MEDIAN",
                future.rollup(),
                future.goodDirection(),
                future.actualPeriods(),
                future.planPeriods(),
                future.dailyRatePlans(),
                future.displayDecimals(),
                future.populationAgeBand(),
                future.publicationLagMonths(),
                future.firstYear(),
                future.lastYear(),
                future.defaultSource(),
                future.definition(),
                future.countLabel(),
                future.dailyRateUnit(),
                future.standardisation(),
                future.baselineFrom(),
                future.boardCode(),
                future.pausedYears());

        CatalogueOverlay.Result result =
                CatalogueOverlay.of(seed, List.of(new StoredMetric("NEW_MEDIAN", future, false)));

        assertThat(result.definitions()).hasSameSizeAs(seed);
        assertThat(result.unreadable()).singleElement().asString().contains("NEW_MEDIAN", "shape", "MEDIAN");
    }
}
