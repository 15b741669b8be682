package uk.bcf.ledger.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.ContributionCorrectedEvent;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.ContributionWithdrawnEvent;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.NationalMinimums;
import uk.bcf.ledger.shared.pool.NationalMinimumsSetEvent;
import uk.bcf.ledger.shared.pool.PoolEvent;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineCorrectedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineWithdrawnEvent;
import uk.bcf.ledger.shared.pool.SchemeStatus;
import uk.bcf.ledger.shared.pool.Spend;
import uk.bcf.ledger.shared.pool.SpendCorrectedEvent;
import uk.bcf.ledger.shared.pool.SpendRecordedEvent;
import uk.bcf.ledger.shared.pool.SpendWithdrawnEvent;

/**
 * Freezes the stored format of the pooled budget's events ({@code uk.bcf.ledger.shared.pool}), by the rule
 * {@link EventFormatTest} states: one fixture per event and revision in {@code pool-event-fixtures/}, read back as
 * the expected event, written as the fixture, stamped with the fixture's revision; a changed payload is a new
 * revision with its own fixture and an upcaster, never an edited fixture.
 */
class PoolEventFormatTest {

    private static final String BROMLEY = "E09000006";
    private static final String FIXTURES = "/pool-event-fixtures/";
    private static final FinancialYear Y2019 = FinancialYear.of("2019-20");
    private static final FinancialYear Y2021 = FinancialYear.of("2021-22");

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonSerializationConfiguration.axonObjectMapper())
            .build();

    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static Provenance by(String at, String reason) {
        return new Provenance("analyst@bromley.example", Instant.parse(at), null, reason);
    }

    static Map<String, Object> examples() {
        Contribution carryOver = new Contribution(
                FundingSource.ADDITIONAL_LA,
                null,
                new BigDecimal("806"),
                AmountUnit.THOUSANDS,
                "BCF underspends of 2018/19 carried forward",
                FinancialYear.of("2018-19"));
        Contribution nhsMinimum = new Contribution(
                FundingSource.NHS_MINIMUM,
                "NHS South East London CCG",
                new BigDecimal("23830000.50"),
                AmountUnit.POUNDS,
                null,
                null);
        SchemeLine budget = new SchemeLine(
                null,
                "Reablement capacity",
                null,
                null,
                null,
                null,
                null,
                Commissioner.LA,
                null,
                null,
                null,
                null,
                new BigDecimal("870"),
                new BigDecimal("887"),
                AmountUnit.THOUSANDS,
                null);
        SchemeLine template = new SchemeLine(
                "6",
                "Care navigation",
                "Navigators for frail elderly people",
                "Integrated Care Planning and Navigation",
                "Care navigation and planning",
                null,
                "Community Health",
                Commissioner.JOINT,
                new BigDecimal("60"),
                new BigDecimal("40"),
                "NHS Community Provider",
                FundingSource.NHS_MINIMUM,
                new BigDecimal("5187694"),
                null,
                AmountUnit.POUNDS,
                SchemeStatus.EXISTING);
        Spend spend = new Spend(new BigDecimal("1234567.89"), new BigDecimal("5100000"), AmountUnit.POUNDS);
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put(
                "ContributionRecordedEvent.rev1.json",
                new ContributionRecordedEvent(BROMLEY, Y2019, "C1", carryOver, 1, by("2019-05-02T09:00:00Z", null)));
        examples.put(
                "ContributionCorrectedEvent.rev1.json",
                new ContributionCorrectedEvent(
                        BROMLEY, Y2021, "C2", nhsMinimum, 2, by("2021-06-01T10:00:00Z", "allocation letter")));
        examples.put(
                "ContributionWithdrawnEvent.rev1.json",
                new ContributionWithdrawnEvent(BROMLEY, Y2021, "C2", 3, by("2021-06-02T10:00:00Z", "entered twice")));
        examples.put(
                "NationalMinimumsSetEvent.rev1.json",
                new NationalMinimumsSetEvent(
                        BROMLEY,
                        Y2021,
                        new NationalMinimums(new BigDecimal("6772463"), new BigDecimal("4066945"), AmountUnit.POUNDS),
                        1,
                        by("2021-06-01T09:00:00Z", null)));
        examples.put(
                "SchemeLineAddedEvent.rev1.json",
                new SchemeLineAddedEvent(BROMLEY, Y2019, "L2", budget, 1, by("2019-05-02T09:05:00Z", null)));
        examples.put(
                "SchemeLineCorrectedEvent.rev1.json",
                new SchemeLineCorrectedEvent(
                        BROMLEY, Y2021, "L4", template, 2, by("2021-07-01T09:00:00Z", "jointly commissioned")));
        examples.put(
                "SchemeLineWithdrawnEvent.rev1.json",
                new SchemeLineWithdrawnEvent(BROMLEY, Y2021, "L4", 3, by("2021-07-02T09:00:00Z", "scheme ended")));
        examples.put(
                "SpendRecordedEvent.rev1.json",
                new SpendRecordedEvent(
                        BROMLEY, Y2021, "L4", Periods.parse("2021-22-Q1"), spend, 1, by("2021-07-15T09:00:00Z", null)));
        examples.put(
                "SpendCorrectedEvent.rev1.json",
                new SpendCorrectedEvent(
                        BROMLEY,
                        Y2021,
                        "L4",
                        Periods.parse("2021-22-Q1"),
                        new Spend(new BigDecimal("1234"), null, AmountUnit.THOUSANDS),
                        2,
                        by("2021-08-01T09:00:00Z", "ledger closed")));
        examples.put(
                "SpendWithdrawnEvent.rev1.json",
                new SpendWithdrawnEvent(
                        BROMLEY,
                        Y2021,
                        "L4",
                        Periods.parse("2021-22-Q1"),
                        3,
                        by("2021-08-02T09:00:00Z", "wrong line")));
        return examples;
    }

    static Stream<Arguments> fixtures() {
        return examples().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} reads back as the expected event")
    @MethodSource("fixtures")
    void storedFixtureDeserialisesToTheExpectedEvent(String fixture, Object expected) {
        Object actual = serializer.deserialize(new SimpleSerializedObject<>(
                fixtureBytes(fixture), byte[].class, expected.getClass().getName(), "1"));

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is what the serializer writes")
    @MethodSource("fixtures")
    void serialisingTheExpectedEventGivesTheFixture(String fixture, Object expected) throws IOException {
        SerializedObject<byte[]> written = serializer.serialize(expected, byte[].class);

        assertThat(TREES.readTree(written.getData())).isEqualTo(TREES.readTree(fixtureBytes(fixture)));
        assertThat(written.getType().getRevision()).isEqualTo("1");
    }

    @Test
    void everyPoolEventHasAFixtureForItsCurrentRevision() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<String> expected = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("uk.bcf.ledger.shared.pool")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (PoolEvent.class.isAssignableFrom(type) && !type.isInterface()) {
                Revision revision = type.getAnnotation(Revision.class);
                assertThat(revision).as("@Revision on %s", type.getName()).isNotNull();
                expected.add(type.getSimpleName() + ".rev" + revision.value() + ".json");
            }
        }

        assertThat(expected).hasSize(10);
        assertThat(fixtureFilesOnClasspath()).isEqualTo(expected);
        assertThat(examples().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static byte[] fixtureBytes(String fixture) {
        try (InputStream in = PoolEventFormatTest.class.getResourceAsStream(FIXTURES + fixture)) {
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
