package uk.bcf.ledger.shared.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.PeriodKind;

/** The shipped seed against the BCF policy frameworks' metric sets, 2014-15 to 2025-26 (issue 12, item 5). */
class MetricCatalogueSeedTest {

    private final MetricCatalogue catalogue = MetricCatalogue.standard();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2014-15|NEL DTOC DTOC_PER_100K RES_ADM_65 REABLEMENT_91 PATIENT_EXPERIENCE",
                "2015-16|NEL DTOC DTOC_PER_100K RES_ADM_65 REABLEMENT_91 PATIENT_EXPERIENCE",
                "2016-17|NEL DTOC DTOC_PER_100K RES_ADM_65 REABLEMENT_91",
                "2018-19|NEL DTOC DTOC_PER_100K RES_ADM_65 REABLEMENT_91",
                "2019-20|NEL DTOC RES_ADM_65 REABLEMENT_91",
                "2020-21|",
                "2021-22|RES_ADM_65 REABLEMENT_91 AVOIDABLE_ADM LOS_14 LOS_21 DISCHARGE_USUAL_RES",
                "2022-23|RES_ADM_65 REABLEMENT_91 AVOIDABLE_ADM DISCHARGE_USUAL_RES",
                "2023-24|RES_ADM_65 REABLEMENT_91 AVOIDABLE_ADM DISCHARGE_USUAL_RES FALLS_65",
                "2024-25|RES_ADM_65 REABLEMENT_91 AVOIDABLE_ADM DISCHARGE_USUAL_RES FALLS_65",
                "2025-26|EMERG_ADM_65 DISCHARGE_DELAY LT_RES_ADM_65"
            })
    void theNationalMetricsInForceAreTheYearsSet(String year, String codes) {
        List<String> expected = codes == null ? List.of() : List.of(codes.split(" "));
        assertThat(catalogue.inForce(FinancialYear.of(year)))
                .extracting(MetricDefinition::code)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aBoardsLocalMetricIsInForceOnlyForThatBoard() {
        FinancialYear year = FinancialYear.of("2015-16");
        assertThat(catalogue.inForce(year, "E08000002"))
                .extracting(MetricDefinition::code)
                .contains("BURY_FALLS_INJURIES_65", "NEL");
        assertThat(catalogue.inForce(year, "E09000006"))
                .extracting(MetricDefinition::code)
                .doesNotContain("BURY_FALLS_INJURIES_65")
                .contains("NEL");
    }

    @Test
    void aBoardSeesItsOwnLocalMetricsAndNoOtherBoards() {
        MetricCatalogue bury = catalogue.forBoard("E08000002");
        MetricCatalogue bromley = catalogue.forBoard("E09000006");
        assertThat(bury.find("BURY_FALLS_INJURIES_65")).isPresent();
        assertThat(bromley.find("BURY_FALLS_INJURIES_65")).isEmpty();
        assertThat(bromley.find("NEL")).isPresent();
        assertThat(bromley.all()).noneMatch(MetricDefinition::isLocal);
        assertThat(bury.all()).extracting(MetricDefinition::code).contains("BURY_FALLS_INJURIES_65", "NEL");
        assertThat(bromley.asOf(java.time.Instant.EPOCH).find("BURY_FALLS_INJURIES_65"))
                .isEmpty();
    }

    @Test
    void aLocalMetricIsTitledAsOne() {
        assertThat(catalogue.find("BURY_FALLS_INJURIES_65").orElseThrow().title())
                .endsWith(" (local metric)");
        MetricDefinition nel = catalogue.find("NEL").orElseThrow();
        assertThat(nel.title()).isEqualTo(nel.name());
    }

    @Test
    void the2020To21ActualsOfPausedMetricsAreBaselinesWithoutPlans() {
        MetricDefinition residential = catalogue.find("RES_ADM_65").orElseThrow();
        FinancialYear pandemic = FinancialYear.of("2020-21");
        assertThat(residential.inForce(pandemic)).isFalse();
        assertThat(residential.acceptsActuals(pandemic)).isTrue();
    }

    @Test
    void avoidableAdmissionsTakeBaselinesOf2019To20And2020To21() {
        MetricDefinition avoidable = catalogue.find("AVOIDABLE_ADM").orElseThrow();
        assertThat(avoidable.acceptsActuals(FinancialYear.of("2019-20"))).isTrue();
        assertThat(avoidable.acceptsActuals(FinancialYear.of("2020-21"))).isTrue();
        assertThat(avoidable.inForce(FinancialYear.of("2020-21"))).isFalse();
        assertThat(avoidable.standardisation()).isEqualTo(Standardisation.INDIRECT);
    }

    @Test
    void lengthOfStayEndsIn2021To22WithQuarterlyPlans() {
        for (String code : List.of("LOS_14", "LOS_21")) {
            MetricDefinition stay = catalogue.find(code).orElseThrow();
            assertThat(stay.lastYear()).isEqualTo(FinancialYear.of("2021-22"));
            assertThat(stay.planPeriods()).containsExactly(PeriodKind.QUARTER);
        }
    }

    @Test
    void fallsAreAnAnnualDirectlyStandardisedRateFrom2023To24() {
        MetricDefinition falls = catalogue.find("FALLS_65").orElseThrow();
        assertThat(falls.firstYear()).isEqualTo(FinancialYear.of("2023-24"));
        assertThat(falls.standardisation()).isEqualTo(Standardisation.DIRECT);
        assertThat(falls.planPeriods()).containsExactly(PeriodKind.YEAR);
        assertThat(falls.actualPeriods()).containsExactly(PeriodKind.YEAR);
    }

    @Test
    void dischargeDelayIsAMonthlyMeanInDays() {
        MetricDefinition delay = catalogue.find("DISCHARGE_DELAY").orElseThrow();
        assertThat(delay.shape()).isEqualTo(ValueShape.MEAN);
        assertThat(delay.unit()).isEqualTo("days");
        assertThat(delay.planPeriods()).contains(PeriodKind.MONTH);
        assertThat(delay.goodDirection()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void longTermResidentialAdmissionsAreQuarterlyFromClientLevelData() {
        MetricDefinition admissions = catalogue.find("LT_RES_ADM_65").orElseThrow();
        assertThat(admissions.planPeriods()).containsExactlyInAnyOrder(PeriodKind.QUARTER, PeriodKind.YEAR);
        assertThat(admissions.defaultSource()).contains("client level data");
        assertThat(admissions.populationAgeBand()).isEqualTo("65+");
    }

    @Test
    void everyMetricStatesItsDefinitionUnitAndSource() {
        assertThat(catalogue.all()).allSatisfy(metric -> {
            assertThat(metric.name()).isNotBlank();
            assertThat(metric.unit()).isNotBlank();
            assertThat(metric.definition()).isNotBlank();
            assertThat(metric.defaultSource()).isNotBlank();
            assertThat(metric.actualPeriods()).isNotEmpty();
            assertThat(metric.planPeriods()).isNotEmpty();
        });
    }
}
