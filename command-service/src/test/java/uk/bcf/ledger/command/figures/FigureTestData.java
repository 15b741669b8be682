package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.period.Period;

/** Shared set-up for the MetricYear aggregate tests: Bromley, a fixed clock and short-hands for measurements. */
final class FigureTestData {

    static final String BROMLEY = "E09000006";
    static final String ANALYST = "analyst@bromley.gov.uk";
    /** The day before the Bromley board meeting: 2019-11 has not ended yet, 2019-10 has. */
    static final Instant NOW = Instant.parse("2019-11-20T10:00:00Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final long POPULATION_65_2019 = 57_626L;

    static final String SUS = "Secondary Uses Service (SUS)";
    static final String SALT = "Council adult social care records (SALT)";

    private FigureTestData() {}

    static FixtureConfiguration<MetricYear> metricYearFixture() {
        FixtureConfiguration<MetricYear> fixture = new AggregateTestFixture<>(MetricYear.class);
        fixture.registerInjectableResource(
                new LedgerContext(MetricCatalogue.standard(), CLOCK, FigureTestData::population));
        return fixture;
    }

    /** Bromley's population 65+ of 2019 (ONS 2016-based projection) is the only one known. */
    static Optional<Long> population(String boardCode, int year, String ageBand) {
        return BROMLEY.equals(boardCode) && year == 2019 && "65+".equals(ageBand)
                ? Optional.of(POPULATION_65_2019)
                : Optional.empty();
    }

    static Period period(String code) {
        return Period.parse(code);
    }

    static Measurement value(String value) {
        return new Measurement(new BigDecimal(value), null, null, null, null, null, null);
    }

    static Measurement numerator(long numerator) {
        return new Measurement(null, numerator, null, null, null, null, null);
    }

    static Measurement ratio(long numerator, long denominator) {
        return new Measurement(null, numerator, denominator, null, null, null, null);
    }

    static Measurement perDay(String perDay) {
        return new Measurement(null, null, null, new BigDecimal(perDay), null, null, null);
    }

    static Provenance recorded(String source) {
        return new Provenance(ANALYST, NOW, source, null);
    }

    static Provenance changed(String source, String reason) {
        return new Provenance(ANALYST, NOW, source, reason);
    }
}
