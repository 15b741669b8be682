package uk.bcf.ledger.command.catalogue;

import java.util.List;
import uk.bcf.ledger.shared.metric.MetricSpecification;

/**
 * The JSON body of {@code POST /api/metrics} and {@code PUT /api/metrics/{code}}: the fields of a seed entry
 * ({@code metric-catalogue.json}) and a {@code reason}, required for an amendment. On {@code PUT} the code comes from
 * the path and may be left out of the body.
 */
record MetricDefinitionRequest(
        String code,
        String name,
        String unit,
        String shape,
        String rollup,
        String goodDirection,
        List<String> actualPeriods,
        List<String> planPeriods,
        Boolean dailyRatePlans,
        Integer displayDecimals,
        String populationAgeBand,
        Integer publicationLagMonths,
        String firstYear,
        String lastYear,
        String defaultSource,
        String definition,
        String countLabel,
        String dailyRateUnit,
        String standardisation,
        String baselineFrom,
        String boardCode,
        List<String> pausedYears,
        String reason) {

    MetricSpecification specification() {
        return new MetricSpecification(
                code,
                name,
                unit,
                shape,
                rollup,
                goodDirection,
                actualPeriods,
                planPeriods,
                dailyRatePlans,
                displayDecimals,
                populationAgeBand,
                publicationLagMonths,
                firstYear,
                lastYear,
                defaultSource,
                definition,
                countLabel,
                dailyRateUnit,
                standardisation,
                baselineFrom,
                boardCode,
                pausedYears);
    }
}
