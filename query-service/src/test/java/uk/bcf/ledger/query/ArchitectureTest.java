package uk.bcf.ledger.query;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static uk.bcf.ledger.testsupport.ServiceArchitecture.FRAMEWORKS;
import static uk.bcf.ledger.testsupport.ServiceArchitecture.FRAMEWORK_EDGES;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import uk.bcf.ledger.testsupport.ServiceArchitecture;

/**
 * The query service's architecture (ADR 10, docs/naming.md), checked on its main classes. Packages are matched from
 * {@code ledger} on, so that {@link ArchitectureViolationsTest} can show each rule failing on the fixtures in
 * {@code uk.bcf.archfixtures.ledger.query}, which neither Spring's component scan nor this import reaches.
 */
@AnalyzeClasses(packages = "uk.bcf.ledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> QUERY_HANDLERS =
            simpleNameEndingWith("QueryHandler").and(resideInAPackage("..ledger.query.."));

    private static final DescribedPredicate<JavaClass> FEATURES_OUTSIDE_PROJECTION =
            resideInAPackage("..ledger.query..").and(not(resideInAPackage("..ledger.query.projection..")));

    @ArchTest
    static final ArchTests EVERY_SERVICE = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule CALCULATIONS_ARE_PLAIN_JAVA = noClasses()
            .that()
            .resideInAnyPackage(
                    "..ledger.query.performance",
                    "..ledger.query.report",
                    "..ledger.query.spc..",
                    "..ledger.query.pool")
            .and(not(FRAMEWORK_EDGES))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .because("the calculations (the performance view, the report's tables and rules, the XmR analysis) are "
                    + "plain Java behind the feature's beans, tested without Spring or Axon (ADR 10)");

    @ArchTest
    static final ArchRule RULES_AND_CALCULATORS_ARE_PLAIN_JAVA = noClasses()
            .that()
            .haveSimpleNameEndingWith("Rule")
            .or()
            .haveSimpleNameEndingWith("Policy")
            .or()
            .haveSimpleNameEndingWith("Calculator")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .because(
                    "…Rule, …Policy and …Calculator name plain domain logic, free of Axon and Spring (docs/naming.md)");

    @ArchTest
    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("..ledger.query.(**)")
            .should()
            .beFreeOfCycles()
            .because("each feature can be read, changed and tested on its own; shared code goes to projection or "
                    + "http, never back and forth between features (ADR 10)");

    @ArchTest
    static final ArchRule PROJECTION_DEPENDS_ON_NO_FEATURE = noClasses()
            .that()
            .resideInAPackage("..ledger.query.projection..")
            .should()
            .dependOnClassesThat(FEATURES_OUTSIDE_PROJECTION)
            .because("the read tables and their writers serve every feature and know none (ADR 10)");

    @ArchTest
    static final ArchRule REPOSITORIES_LIVE_IN_PROJECTION = classes()
            .that()
            .haveSimpleNameEndingWith("Repository")
            .should()
            .resideInAPackage("..ledger.query.projection..")
            .because("the read tables have one home: the projection writes them and owns their repositories (ADR 10)");

    @ArchTest
    static final ArchRule CONTROLLERS_READ_THROUGH_THE_QUERY_BUS = noClasses()
            .that()
            .areMetaAnnotatedWith("org.springframework.stereotype.Controller")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat(QUERY_HANDLERS)
            .because("every read is a Fetch…Query on the query bus, answered by a …QueryHandler (ADR 10)");

    @ArchTest
    static final ArchRule QUERIES_ARE_SENT_THROUGH_THE_HTTP_KIT = noClasses()
            .that()
            .resideOutsideOfPackage("..ledger.query.http..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.axonframework.queryhandling.QueryGateway")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.axonframework.queryhandling.QueryBus")
            .because("ViewGateway sends every query and hands a handler's refusal back unwrapped (ADR 10)");

    @ArchTest
    static final ArchRule QUERY_HANDLERS_ARE_CALLED_ONLY_BY_THE_BUS = noClasses()
            .should()
            .dependOnClassesThat(QUERY_HANDLERS)
            .because("a handler answers its query on the bus, where caching, transactions and meters apply; a "
                    + "handler that builds on another view sends that view's query (ADR 10)");

    @ArchTest
    static final ArchRule QUERY_HANDLERS_ARE_NAMED_SO = methods()
            .that()
            .areMetaAnnotatedWith("org.axonframework.queryhandling.QueryHandler")
            .should()
            .beDeclaredInClassesThat()
            .haveSimpleNameEndingWith("QueryHandler")
            .because("…QueryHandler answers one query on Axon's query bus (docs/naming.md)");
}
