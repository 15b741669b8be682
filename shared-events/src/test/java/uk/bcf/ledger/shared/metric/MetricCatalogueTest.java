package uk.bcf.ledger.shared.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.period.FinancialYear;

class MetricCatalogueTest {

    private final MetricCatalogue catalogue = MetricCatalogue.standard();

    @Test
    void the2019To20SetIsInForceIn2019To20() {
        assertThat(catalogue.inForce(new FinancialYear(2019)))
                .extracting(MetricDefinition::code)
                .containsExactly("NEL", "DTOC", "RES_ADM_65", "REABLEMENT_91");
    }

    @Test
    void the2021To22SetReplacesNonElectiveAdmissions() {
        assertThat(catalogue.inForce(new FinancialYear(2021)))
                .extracting(MetricDefinition::code)
                .containsExactly(
                        "RES_ADM_65", "REABLEMENT_91", "AVOIDABLE_ADM", "LOS_14", "LOS_21", "DISCHARGE_USUAL_RES");
    }

    @Test
    void ratesAreComputedFromTheirComponents() {
        MetricDefinition residential = catalogue.find("RES_ADM_65").orElseThrow();
        assertThat(residential.shape().valueOf(new BigDecimal(65), new BigDecimal(57_626)))
                .isEqualByComparingTo("112.7963072224343");
        assertThat(residential.populationAgeBand()).isEqualTo("65+");
    }

    @Test
    void avoidableAdmissionsAreAnIndirectlyStandardisedRateWithBaselinesBeforeTheyCameIn() {
        MetricDefinition avoidable = catalogue.find("AVOIDABLE_ADM").orElseThrow();
        assertThat(avoidable.standardisation()).isEqualTo(Standardisation.INDIRECT);
        assertThat(avoidable.isStandardised()).isTrue();
        assertThat(avoidable.acceptsActuals(FinancialYear.of("2019-20"))).isTrue();
        assertThat(avoidable.acceptsActuals(FinancialYear.of("2018-19"))).isFalse();
        assertThat(avoidable.inForce(FinancialYear.of("2020-21"))).isFalse();
    }

    @Test
    void aMeanIsItsTotalOverItsCases() {
        assertThat(ValueShape.MEAN.valueOf(new BigDecimal(46), new BigDecimal(5)))
                .isEqualByComparingTo("9.2");
        assertThat(ValueShape.MEAN.isRatio()).isTrue();
    }

    @Test
    void metricsWithoutTheNewFieldsAreNationalUnstandardisedAndHaveNoBaseline() {
        MetricDefinition nel = catalogue.find("NEL").orElseThrow();
        assertThat(nel.standardisation()).isEqualTo(Standardisation.NONE);
        assertThat(nel.baselineFrom()).isNull();
        assertThat(nel.firstActualYear()).isEqualTo(nel.firstYear());
        assertThat(nel.isLocal()).isFalse();
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThat(catalogue.find("NOPE")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
    }
}
