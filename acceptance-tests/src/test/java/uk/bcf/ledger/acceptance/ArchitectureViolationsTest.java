package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.testsupport.ArchitectureFixtures;

/**
 * Each rule of {@link ArchitectureTest} fails on classes that break it and passes the classes that keep it: the
 * fixtures in {@code uk.bcf.archfixtures.ledger}, imported a few at a time.
 */
class ArchitectureViolationsTest {

    private static final ArchitectureFixtures FIXTURES = new ArchitectureFixtures("uk.bcf.archfixtures.ledger");

    @Test
    void aClassOutsideAxonPostgresThatNamesAxonsTablesBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.AXON_STORAGE_IS_NAMED_ONLY_IN_AXON_POSTGRES, "query.HeadOfTheStore");
        FIXTURES.assertBreaks(ArchitectureTest.AXON_STORAGE_IS_NAMED_ONLY_IN_AXON_POSTGRES, "query.TokenReader");
    }

    @Test
    void axonPostgresMayNameAxonsTablesAndTheServicesTheirOwn() {
        FIXTURES.assertKeeps(
                ArchitectureTest.AXON_STORAGE_IS_NAMED_ONLY_IN_AXON_POSTGRES,
                "axon.FixtureEventStoreIndex",
                "query.ReadTableQuery");
    }

    @Test
    void everyNameTheRuleLooksForIsOneAxonPostgresWrites() {
        JavaClasses axonPostgres = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.bcf.ledger.axon");
        List<String> literals = axonPostgres.stream()
                .flatMap(type -> ClassFileStrings.of(type).stream())
                .toList();

        assertThat(ArchitectureTest.AXON_STORAGE_NAMES)
                .allSatisfy(name -> assertThat(literals)
                        .as("string literals of axon-postgres")
                        .anyMatch(Pattern.compile("(?<![A-Za-z0-9_])" + name + "(?![A-Za-z0-9_])")
                                .asPredicate()));
    }

    @Test
    void anEventWithoutARevisionOrThatIsNoRecordBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.EVENTS_ARE_REVISED_RECORDS, "shared.event.UnrevisedEvent");
        FIXTURES.assertBreaks(ArchitectureTest.EVENTS_ARE_REVISED_RECORDS, "shared.event.MutableEvent");
        FIXTURES.assertKeeps(ArchitectureTest.EVENTS_ARE_REVISED_RECORDS, "shared.event.FixtureEvent");
    }

    @Test
    void aSharedClassThatOneServiceOrNeitherUsesBreaksTheRule() {
        FIXTURES.assertBreaks(
                ArchitectureTest.SHARED_EVENTS_HOLD_ONLY_WHAT_BOTH_SERVICES_USE,
                "shared.metric.OneSidedValue",
                "command.OneSidedUser");
        FIXTURES.assertBreaks(
                ArchitectureTest.SHARED_EVENTS_HOLD_ONLY_WHAT_BOTH_SERVICES_USE,
                "shared.metric.UnusedValue",
                "command.FixtureEventSource",
                "query.FixtureEventReader");
    }

    @Test
    void aSharedClassThatBothServicesUseDirectlyOrInsideAnEventAndTheCommandsKeepTheRule() {
        FIXTURES.assertKeeps(
                ArchitectureTest.SHARED_EVENTS_HOLD_ONLY_WHAT_BOTH_SERVICES_USE,
                "shared.event.FixtureEvent",
                "shared.figure.FixtureProvenance",
                "shared.command.FixtureCommand",
                "command.FixtureEventSource",
                "query.FixtureEventReader");
    }
}
