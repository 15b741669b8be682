package uk.bcf.ledger.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.CommentaryWrittenEvent;
import uk.bcf.ledger.shared.event.MetricAmendedEvent;
import uk.bcf.ledger.shared.event.MetricDefinedEvent;
import uk.bcf.ledger.shared.event.MetricRetiredEvent;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.event.QuarterSignedOffEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.upcast.MeasurementFormsUpcaster;

/**
 * Freezes the stored (wire) format of every event, as Axon's {@link JacksonSerializer} writes it with the
 * application's object mapper ({@link AxonSerializationConfiguration#axonObjectMapper()}).
 *
 * <p>Each event type and revision has one fixture, {@code src/test/resources/event-fixtures/<Event>.rev<N>.json},
 * holding the payload of a realistic Bromley (E09000006) example exactly as it is stored in the event store.
 * For every fixture this test checks that
 * <ul>
 *   <li>the frozen JSON, handed to the serializer as stored data of that type and revision, reads back as the
 *       expected event;</li>
 *   <li>serialising the expected event produces the same JSON tree as the fixture;</li>
 *   <li>the serializer stamps the event with the fixture's revision.</li>
 * </ul>
 * It also checks that every event class has a fixture for its current revision, so a new event cannot be added
 * without freezing its format.
 *
 * <h2>The rule for changing an event</h2>
 * Events already in the store are never rewritten, so the code must read every format it has ever written. When
 * the shape of an event changes (a field added, removed, renamed or retyped, or the JSON form of a nested value
 * type such as {@code Measurement}, {@code Provenance} or {@code Period} changed):
 * <ol>
 *   <li>raise the event's {@code @Revision} (e.g. {@code "1"} to {@code "2"});</li>
 *   <li>add a new fixture {@code <Event>.rev2.json} and its expected object here, and <em>keep</em> the old
 *       {@code <Event>.rev1.json} fixture unchanged;</li>
 *   <li>write an upcaster from revision 1 to revision 2 and test it against the old fixture: the rev1 JSON,
 *       upcast and deserialised, must give the expected rev2 event.</li>
 * </ol>
 * Never edit an existing fixture to make this test pass: a failure here means the stored format has changed and
 * events already written would no longer read back as they were. Adding a field that older code may safely
 * ignore still needs a new revision; only readers tolerate unknown fields (see
 * {@link #payloadWithUnknownFieldsStillDeserialises()}).
 */
class EventFormatTest {

    private static final String BROMLEY = "E09000006";
    private static final String SOUTHEND = "E06000033";
    private static final String FIXTURES = "/event-fixtures/";

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonSerializationConfiguration.axonObjectMapper())
            .build();

    /** Compares JSON trees with decimals read exactly, so that {@code 12.5} is not compared as a double. */
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final MetricSpecification FALLS = new MetricSpecification(
            "FALLS_65",
            "Emergency hospital admissions due to falls in people aged 65 and over",
            "admissions per 100,000 population 65+ (age-standardised)",
            "RATE_PER_100K",
            "SUM",
            "LOWER_IS_BETTER",
            List.of("YEAR"),
            List.of("YEAR"),
            false,
            1,
            "65+",
            12,
            "2023-24",
            "2024-25",
            "OHID Public Health Outcomes Framework",
            "Directly age-standardised rate of emergency admissions for falls injuries, 65+, per 100,000.",
            "admsns",
            null,
            "DIRECT",
            "2021-22",
            null,
            List.of());

    /** The expected event for every fixture, keyed by fixture file name. */
    static Map<String, Object> examples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put(
                "BoardRegisteredEvent.rev1.json",
                new BoardRegisteredEvent(
                        BROMLEY,
                        "Bromley",
                        new Provenance("admin@bcf.example", Instant.parse("2019-04-01T08:00:00Z"), null, null)));
        examples.put(
                "PopulationRecordedEvent.rev1.json",
                new PopulationRecordedEvent(
                        BROMLEY,
                        2019,
                        "65+",
                        57626L,
                        1,
                        new Provenance(
                                "analyst@bromley.example",
                                Instant.parse("2019-04-02T09:30:00Z"),
                                "ONS 2016-based subnational population projections",
                                null)));
        examples.put(
                "ActualWithdrawnEvent.rev1.json",
                new ActualWithdrawnEvent(
                        BROMLEY,
                        "DTOC",
                        Month.of(2019, 5),
                        2,
                        new Provenance(
                                "analyst@bromley.example",
                                Instant.parse("2019-07-22T09:00:00Z"),
                                null,
                                "Disputed delayed days withdrawn pending validation")));
        examples.put(
                "CommentaryWrittenEvent.rev1.json",
                new CommentaryWrittenEvent(
                        BROMLEY,
                        "NEL",
                        Periods.parse("2019-20-Q2"),
                        "At the time of this report, September figures were not available.\nQ2 is therefore incomplete.",
                        1,
                        new Provenance(
                                "kelly.analyst@bromley.example", Instant.parse("2019-11-14T11:00:00Z"), null, null)));
        examples.put(
                "QuarterSignedOffEvent.rev1.json",
                new QuarterSignedOffEvent(
                        BROMLEY,
                        Periods.parse("2019-20-Q2"),
                        LocalDate.of(2019, 11, 21),
                        "Bromley Health and Wellbeing Board",
                        new Provenance(
                                "kelly.analyst@bromley.example", Instant.parse("2019-11-21T16:30:00Z"), null, null)));
        examples.put(
                "PublishedFigureNotedEvent.rev1.json",
                new PublishedFigureNotedEvent(
                        BROMLEY,
                        "RES_ADM_65",
                        Periods.parse("2019-20-Q1"),
                        FigureKind.ACTUAL,
                        1,
                        new BigDecimal("112.5"),
                        new BigDecimal("112.8"),
                        false,
                        new Provenance("analyst@bromley.example", Instant.parse("2019-11-14T10:05:00Z"), null, null)));
        examples.put(
                "PlanSetEvent.rev2.json",
                new PlanSetEvent(
                        SOUTHEND,
                        "AVOIDABLE_ADM",
                        new FinancialYear(2021),
                        Measurement.rate(new BigDecimal("1037.2"), null),
                        1,
                        new Provenance(
                                "planner@southend.example",
                                Instant.parse("2021-11-16T10:00:00Z"),
                                "BCF planning template 2021-22",
                                null)));
        examples.put(
                "PlanRevisedEvent.rev2.json",
                new PlanRevisedEvent(
                        SOUTHEND,
                        "LOS_14",
                        Periods.parse("2021-22-Q3"),
                        Measurement.percent(new BigDecimal("8.4")),
                        2,
                        new Provenance(
                                "planner@southend.example",
                                Instant.parse("2021-12-01T09:30:00Z"),
                                "BCF planning template 2021-22",
                                "Plan as signed off by the HWB")));
        examples.put(
                "ActualRecordedEvent.rev2.json",
                new ActualRecordedEvent(
                        SOUTHEND,
                        "AVOIDABLE_ADM",
                        new FinancialYear(2020),
                        Measurement.rate(new BigDecimal("1037.2"), 1903L),
                        1,
                        new Provenance(
                                "analyst@southend.example",
                                Instant.parse("2021-11-16T10:05:00Z"),
                                "NHS Outcomes Framework 2.3i",
                                null)));
        examples.put(
                "ActualCorrectedEvent.rev2.json",
                new ActualCorrectedEvent(
                        SOUTHEND,
                        "DISCHARGE_DELAY",
                        Month.of(2025, 5),
                        Measurement.mean(new BigDecimal("9.2")),
                        2,
                        new Provenance(
                                "analyst@southend.example",
                                Instant.parse("2025-07-14T15:00:00Z"),
                                "Acute discharge situation report",
                                "Resubmitted by the trust")));
        examples.put(
                "MetricDefinedEvent.rev1.json",
                new MetricDefinedEvent(
                        "FALLS_65",
                        FALLS,
                        new Provenance(
                                "system", Instant.parse("2026-12-04T00:00:00Z"), "metric-catalogue.json", null)));
        examples.put(
                "MetricAmendedEvent.rev1.json",
                new MetricAmendedEvent(
                        "FALLS_65",
                        FALLS,
                        new Provenance(
                                "admin@bcf.example",
                                Instant.parse("2026-12-05T09:00:00Z"),
                                null,
                                "source renamed by OHID")));
        examples.put(
                "MetricRetiredEvent.rev1.json",
                new MetricRetiredEvent(
                        "FALLS_65",
                        new Provenance(
                                "admin@bcf.example",
                                Instant.parse("2026-12-06T09:00:00Z"),
                                null,
                                "not a BCF metric after 2024-25")));
        return examples;
    }

    /**
     * The fixtures of revisions no longer written, keyed by file name, with the event each must read back as once
     * the upcaster chain has raised it to the current revision.
     */
    static Map<String, Object> olderRevisions() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put(
                "PlanSetEvent.rev1.json",
                new PlanSetEvent(
                        BROMLEY,
                        "DTOC",
                        new FinancialYear(2019),
                        Measurement.perDay(new BigDecimal("12.5")),
                        1,
                        new Provenance(
                                "planner@bromley.example",
                                Instant.parse("2019-04-15T14:05:00Z"),
                                "BCF planning template 2019-20",
                                null)));
        examples.put(
                "PlanRevisedEvent.rev1.json",
                new PlanRevisedEvent(
                        BROMLEY,
                        "REABLEMENT_91",
                        Periods.parse("2019-20-Q1"),
                        Measurement.ratio(73, 74),
                        2,
                        new Provenance(
                                "planner@bromley.example",
                                Instant.parse("2019-07-03T11:20:00Z"),
                                "Council adult social care records (SALT)",
                                "Trajectory revised at the July HWB meeting")));
        examples.put(
                "ActualRecordedEvent.rev1.json",
                new ActualRecordedEvent(
                        BROMLEY,
                        "NEL",
                        Month.of(2019, 4),
                        Measurement.count(2134),
                        1,
                        new Provenance(
                                "analyst@bromley.example", Instant.parse("2019-06-12T10:15:30.123456Z"), "SUS", null)));
        examples.put(
                "ActualCorrectedEvent.rev1.json",
                new ActualCorrectedEvent(
                        BROMLEY,
                        "NEL",
                        Month.of(2019, 4),
                        Measurement.count(2141),
                        2,
                        new Provenance(
                                "analyst@bromley.example",
                                Instant.parse("2019-07-10T16:45:00Z"),
                                "SUS",
                                "SUS resubmission")));
        return examples;
    }

    static Stream<Arguments> fixtures() {
        return examples().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} reads back as the expected event")
    @MethodSource("fixtures")
    void storedFixtureDeserialisesToTheExpectedEvent(String fixture, Object expected) {
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(
                fixtureBytes(fixture), byte[].class, expected.getClass().getName(), revisionOf(fixture));

        Object actual = serializer.deserialize(stored);

        assertThat(actual).isInstanceOf(expected.getClass()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} holds only fields its event declares")
    @MethodSource("fixtures")
    void storedFormatHoldsNoUndeclaredFields(String fixture, Object expected) throws IOException {
        JsonMapper strict = AxonSerializationConfiguration.axonObjectMapper()
                .rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();

        assertThat(strict.readValue(fixtureBytes(fixture), expected.getClass())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is what the serializer writes")
    @MethodSource("fixtures")
    void serialisingTheExpectedEventGivesTheFixture(String fixture, Object expected) throws IOException {
        SerializedObject<byte[]> written = serializer.serialize(expected, byte[].class);

        assertThat(TREES.readTree(written.getData())).isEqualTo(TREES.readTree(fixtureBytes(fixture)));
        assertThat(written.getType().getName()).isEqualTo(expected.getClass().getName());
        assertThat(written.getType().getRevision()).isEqualTo(revisionOf(fixture));
    }

    @ParameterizedTest(name = "{0} has the fixture's revision")
    @MethodSource("fixtures")
    void eventTypeCarriesTheFixturesRevision(String fixture, Object expected) {
        SerializedType type = serializer.typeForClass(expected.getClass());

        assertThat(type.getName()).isEqualTo(expected.getClass().getName());
        assertThat(type.getRevision()).isEqualTo(revisionOf(fixture));
    }

    @Test
    void everyEventClassHasAFixtureForItsCurrentRevision() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<String> expectedFixtures = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("uk.bcf.ledger.shared.event")) {
            Class<?> eventClass = Class.forName(candidate.getBeanClassName());
            Revision revision = eventClass.getAnnotation(Revision.class);
            assertThat(revision).as("@Revision on %s", eventClass.getName()).isNotNull();
            expectedFixtures.add(eventClass.getSimpleName() + ".rev" + revision.value() + ".json");
        }

        assertThat(expectedFixtures).hasSize(13);
        assertThat(fixtureFilesOnClasspath()).containsAll(expectedFixtures);
        Set<String> known = new TreeSet<>(examples().keySet());
        known.addAll(olderRevisions().keySet());
        assertThat(known).containsExactlyInAnyOrderElementsOf(fixtureFilesOnClasspath());
    }

    @Test
    void payloadWithUnknownFieldsStillDeserialises() throws IOException {
        ObjectNode payload = (ObjectNode) TREES.readTree(fixtureBytes("ActualRecordedEvent.rev1.json"));
        payload.put("addedByANewerVersion", "ignored");
        ((ObjectNode) payload.get("measurement")).put("confidenceInterval", 0.95);
        ((ObjectNode) payload.get("provenance")).putObject("approvedBy").put("name", "Board secretary");

        Object actual = serializer.deserialize(new SimpleSerializedObject<>(
                TREES.writeValueAsBytes(payload), byte[].class, ActualRecordedEvent.class.getName(), "1"));

        assertThat(actual).isEqualTo(olderRevisions().get("ActualRecordedEvent.rev1.json"));
    }

    static Stream<Arguments> olderFixtures() {
        return olderRevisions().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} is upcast to the current revision and reads back as the expected event")
    @MethodSource("olderFixtures")
    void olderRevisionIsUpcastToTheCurrentOne(String fixture, Object expected) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "MetricYear",
                "aggregate",
                0,
                "event",
                Instant.parse("2019-06-12T10:15:30Z"),
                expected.getClass().getName(),
                revisionOf(fixture),
                fixtureBytes(fixture),
                "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation upcast = new EventUpcasterChain(new MeasurementFormsUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .findFirst()
                .orElseThrow();

        assertThat(upcast.getType().getRevision())
                .isEqualTo(serializer.typeForClass(expected.getClass()).getRevision());
        assertThat((Object) serializer.deserialize(upcast.getData())).isEqualTo(expected);
    }

    @Test
    void currentRevisionsAreLeftAsTheyAre() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "MetricYear",
                "aggregate",
                0,
                "event",
                Instant.parse("2021-11-16T10:00:00Z"),
                PlanSetEvent.class.getName(),
                "2",
                fixtureBytes("PlanSetEvent.rev2.json"),
                "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation read = new EventUpcasterChain(new MeasurementFormsUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .findFirst()
                .orElseThrow();

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat((Object) serializer.deserialize(read.getData()))
                .isEqualTo(examples().get("PlanSetEvent.rev2.json"));
    }

    @ParameterizedTest(name = "period \"{0}\" is rejected")
    @ValueSource(strings = {"2019-13", "2019-20-Q5", "2019/04", "April 2019", ""})
    void invalidPeriodFailsDeserialisation(String period) throws IOException {
        ObjectNode payload = (ObjectNode) TREES.readTree(fixtureBytes("ActualRecordedEvent.rev1.json"));
        payload.put("period", period);
        SimpleSerializedObject<byte[]> stored = new SimpleSerializedObject<>(
                TREES.writeValueAsBytes(payload), byte[].class, ActualRecordedEvent.class.getName(), "1");

        assertThatThrownBy(() -> serializer.deserialize(stored))
                .isInstanceOf(SerializationException.class)
                .hasRootCauseInstanceOf(InvalidPeriodException.class);
    }

    private static String revisionOf(String fixture) {
        String[] parts = fixture.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(parts[1]).startsWith("rev");
        return parts[1].substring("rev".length());
    }

    private static byte[] fixtureBytes(String fixture) {
        try (InputStream in = EventFormatTest.class.getResourceAsStream(FIXTURES + fixture)) {
            assertThat(in).as("fixture %s", fixture).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fixtureFilesOnClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + FIXTURES.substring(1) + "*.json");
            return Stream.of(resources).map(Resource::getFilename).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
