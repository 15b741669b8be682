package uk.bcf.ledger.command;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static uk.bcf.ledger.testsupport.ServiceArchitecture.FRAMEWORKS;
import static uk.bcf.ledger.testsupport.ServiceArchitecture.FRAMEWORK_EDGES;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import uk.bcf.ledger.testsupport.ServiceArchitecture;

/**
 * The command service's architecture, checked on its main classes. Packages are matched from {@code ledger} on, so
 * that {@link ArchitectureViolationsTest} can show each rule failing on the fixtures in
 * {@code uk.bcf.archfixtures.ledger.command}, which neither Spring's component scan nor this import reaches.
 */
@AnalyzeClasses(packages = "uk.bcf.ledger.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests EVERY_SERVICE = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule DOMAIN_RULES_ARE_PLAIN_JAVA = noClasses()
            .that()
            .resideInAnyPackage("..ledger.command.figures", "..ledger.command.board", "..ledger.command.pool")
            .and(not(FRAMEWORK_EDGES))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .because("the ledger, its context and the named policies decide every write in plain Java, behind the "
                    + "aggregates, controllers and repositories of their feature: Axon stays at the edges");

    @ArchTest
    static final ArchRule POLICIES_AND_LEDGERS_ARE_PLAIN_JAVA = noClasses()
            .that()
            .haveSimpleNameEndingWith("Policy")
            .or()
            .haveSimpleNameEndingWith("Ledger")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .because("a policy or a ledger is a domain rule, tested without Spring or Axon and kept when Axon 4 is "
                    + "replaced");

    @ArchTest
    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("..ledger.command.(**)")
            .should()
            .beFreeOfCycles()
            .because("each feature can be read, changed and tested on its own; what two features share goes to "
                    + "http or rules, never back and forth between them");
}
