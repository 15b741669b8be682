package uk.bcf.ledger.command.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.command.rules.Refusals;
import uk.bcf.ledger.shared.command.AmendMetricCommand;
import uk.bcf.ledger.shared.command.DefineMetricCommand;
import uk.bcf.ledger.shared.command.RetireMetricCommand;
import uk.bcf.ledger.shared.event.MetricAmendedEvent;
import uk.bcf.ledger.shared.event.MetricDefinedEvent;
import uk.bcf.ledger.shared.event.MetricRetiredEvent;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

class MetricTest {

    private static final String ADMIN = "admin@bcf.example";
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final String CODE = "CARERS_QOL";

    private static final MetricSpecification CARERS = specification("COUNT", "Carers' quality of life");
    private static final MetricDefinedEvent DEFINED =
            new MetricDefinedEvent(CODE, CARERS, new Provenance(ADMIN, NOW, null, null));

    private FixtureConfiguration<Metric> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Metric.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void definesAValidMetricInItsNormalisedForm() {
        MetricSpecification lowerCaseNames = new MetricSpecification(
                null,
                " Carers' quality of life ",
                "people",
                "count",
                "sum",
                "higher_is_better",
                List.of("year"),
                List.of("YEAR"),
                null,
                0,
                null,
                12,
                "2014-15",
                "2015-16",
                "Survey of carers",
                "A locally chosen metric",
                null,
                null,
                null,
                null,
                "E09000006",
                null);

        fixture.givenNoPriorActivity()
                .when(new DefineMetricCommand(CODE, lowerCaseNames, ADMIN, null, " "))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1)
                .expectEvents(DEFINED);
    }

    @Test
    void cannotDefineAMetricOfAnUnknownValueShape() {
        fixture.givenNoPriorActivity()
                .when(new DefineMetricCommand(CODE, specification("MEDIAN", "x"), ADMIN, null, null))
                .expectException(Refusal.class)
                .expectException(invalid("shape"))
                .expectNoEvents();
    }

    @Test
    void cannotDefineUnderACodeOtherThanTheBodysCode() {
        fixture.givenNoPriorActivity()
                .when(new DefineMetricCommand("OTHER", CARERS, ADMIN, null, null))
                .expectException(invalid("code"))
                .expectNoEvents();
    }

    @Test
    void amendsWithAReasonAndCountsTheVersion() {
        MetricSpecification renamed = specification("COUNT", "Carer-reported quality of life");

        fixture.given(DEFINED)
                .when(new AmendMetricCommand(CODE, renamed, ADMIN, " name as published "))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2)
                .expectEvents(
                        new MetricAmendedEvent(CODE, renamed, new Provenance(ADMIN, NOW, null, "name as published")));
    }

    @Test
    void cannotAmendWithoutReason() {
        fixture.given(DEFINED)
                .when(new AmendMetricCommand(CODE, specification("COUNT", "Renamed"), ADMIN, " "))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void cannotAmendToTheSameDefinition() {
        fixture.given(DEFINED)
                .when(new AmendMetricCommand(CODE, CARERS, ADMIN, "no change"))
                .expectException(invalid("definition"))
                .expectNoEvents();
    }

    @Test
    void cannotAmendARetiredMetric() {
        fixture.given(DEFINED, new MetricRetiredEvent(CODE, new Provenance(ADMIN, NOW, null, "replaced")))
                .when(new AmendMetricCommand(CODE, specification("COUNT", "Renamed"), ADMIN, "renamed"))
                .expectException(Refusals.refusal(RefusalKind.CONFLICT, "code"))
                .expectNoEvents();
    }

    @Test
    void retiresOnceWithAReason() {
        MetricRetiredEvent retired = new MetricRetiredEvent(CODE, new Provenance(ADMIN, NOW, null, "replaced"));
        fixture.given(DEFINED)
                .when(new RetireMetricCommand(CODE, ADMIN, "replaced"))
                .expectEvents(retired);
        fixture.given(DEFINED, retired)
                .when(new RetireMetricCommand(CODE, ADMIN, "again"))
                .expectException(Refusals.refusal(RefusalKind.CONFLICT, "code"))
                .expectNoEvents();
    }

    private static Matcher<Refusal> invalid(String field) {
        return Refusals.refusal(RefusalKind.INVALID, field);
    }

    private static MetricSpecification specification(String shape, String name) {
        return new MetricSpecification(
                CODE,
                name,
                "people",
                shape,
                "SUM",
                "HIGHER_IS_BETTER",
                List.of("YEAR"),
                List.of("YEAR"),
                false,
                0,
                null,
                12,
                "2014-15",
                "2015-16",
                "Survey of carers",
                "A locally chosen metric",
                null,
                null,
                "NONE",
                null,
                "E09000006",
                List.of());
    }
}
