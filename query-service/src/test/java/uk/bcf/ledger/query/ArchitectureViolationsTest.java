package uk.bcf.ledger.query;

import org.junit.jupiter.api.Test;
import uk.bcf.ledger.testsupport.ArchitectureFixtures;
import uk.bcf.ledger.testsupport.ServiceArchitecture;

/**
 * Each rule of {@link ArchitectureTest} fails on a class that breaks it and passes the classes that keep it: the
 * fixtures in {@code uk.bcf.archfixtures.ledger.query}, imported a few at a time.
 */
class ArchitectureViolationsTest {

    private static final ArchitectureFixtures FIXTURES = new ArchitectureFixtures("uk.bcf.archfixtures.ledger.query");

    @Test
    void aPlainClassOfACalculationThatCallsSpringBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.CALCULATIONS_ARE_PLAIN_JAVA, "performance.SpringInCalculation");
    }

    @Test
    void aBeanOfACalculationMayUseSpringAndAPlainClassJacksonsAnnotations() {
        FIXTURES.assertKeeps(
                ArchitectureTest.CALCULATIONS_ARE_PLAIN_JAVA,
                "performance.CalculationBean",
                "performance.PlainCalculation");
    }

    @Test
    void aRuleThatIsASpringBeanBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.RULES_AND_CALCULATORS_ARE_PLAIN_JAVA, "report.CachedRule");
    }

    @Test
    void twoPackagesThatDependOnEachOtherBreakTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.FEATURES_ARE_FREE_OF_CYCLES, "cycle.one.First", "cycle.two.Second");
    }

    @Test
    void aProjectionClassThatKnowsAFeatureBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.PROJECTION_DEPENDS_ON_NO_FEATURE, "projection.FeatureAwareWriter");
        FIXTURES.assertKeeps(ArchitectureTest.PROJECTION_DEPENDS_ON_NO_FEATURE, "projection.BoardFixtureRepository");
    }

    @Test
    void aRepositoryInAFeaturePackageBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.REPOSITORIES_LIVE_IN_PROJECTION, "signoff.StrayRepository");
        FIXTURES.assertKeeps(ArchitectureTest.REPOSITORIES_LIVE_IN_PROJECTION, "projection.BoardFixtureRepository");
    }

    @Test
    void aControllerThatReadsARepositoryOrCallsAHandlerBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.CONTROLLERS_READ_THROUGH_THE_QUERY_BUS, "board.RepositoryController");
        FIXTURES.assertBreaks(
                ArchitectureTest.CONTROLLERS_READ_THROUGH_THE_QUERY_BUS, "board.HandlerCallingController");
        FIXTURES.assertKeeps(ArchitectureTest.CONTROLLERS_READ_THROUGH_THE_QUERY_BUS, "board.BoardFixtureController");
    }

    @Test
    void aClassThatCallsAQueryHandlerBreaksTheRule() {
        FIXTURES.assertBreaks(
                ArchitectureTest.QUERY_HANDLERS_ARE_CALLED_ONLY_BY_THE_BUS, "board.HandlerCallingController");
        FIXTURES.assertKeeps(
                ArchitectureTest.QUERY_HANDLERS_ARE_CALLED_ONLY_BY_THE_BUS, "board.BoardFixtureQueryHandler");
    }

    @Test
    void aControllerThatSendsItsQueryOnAxonsGatewayBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.QUERIES_ARE_SENT_THROUGH_THE_HTTP_KIT, "board.GatewayController");
        FIXTURES.assertKeeps(ArchitectureTest.QUERIES_ARE_SENT_THROUGH_THE_HTTP_KIT, "board.BoardFixtureController");
    }

    @Test
    void aQueryHandlerNotNamedSoBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.QUERY_HANDLERS_ARE_NAMED_SO, "board.BoardReader");
        FIXTURES.assertKeeps(ArchitectureTest.QUERY_HANDLERS_ARE_NAMED_SO, "board.BoardFixtureQueryHandler");
    }

    @Test
    void aPublicControllerAndAPublicEndpointBreakTheRules() {
        FIXTURES.assertBreaks(ServiceArchitecture.CONTROLLERS_ARE_PACKAGE_PRIVATE, "board.PublicBoardController");
        FIXTURES.assertBreaks(ServiceArchitecture.ENDPOINTS_ARE_PACKAGE_PRIVATE, "board.PublicBoardController");
        FIXTURES.assertKeeps(ServiceArchitecture.CONTROLLERS_ARE_PACKAGE_PRIVATE, "board.BoardFixtureController");
        FIXTURES.assertKeeps(ServiceArchitecture.ENDPOINTS_ARE_PACKAGE_PRIVATE, "board.BoardFixtureController");
    }

    @Test
    void anInjectedFieldBreaksTheRule() {
        FIXTURES.assertBreaks(ServiceArchitecture.NO_FIELD_INJECTION, "board.FieldInjectedBean");
        FIXTURES.assertKeeps(ServiceArchitecture.NO_FIELD_INJECTION, "board.RepositoryController");
    }

    @Test
    void aJavaUtilDateBreaksTheRule() {
        FIXTURES.assertBreaks(ServiceArchitecture.NO_LEGACY_DATES, "board.FieldInjectedBean");
    }
}
