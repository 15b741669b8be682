package uk.bcf.ledger.command;

import org.junit.jupiter.api.Test;
import uk.bcf.ledger.testsupport.ArchitectureFixtures;

/**
 * Each rule of {@link ArchitectureTest} fails on a class that breaks it and passes the classes that keep it: the
 * fixtures in {@code uk.bcf.archfixtures.ledger.command}, imported a few at a time. The rules every service keeps
 * are shown failing in the query service's {@code ArchitectureViolationsTest}.
 */
class ArchitectureViolationsTest {

    private static final ArchitectureFixtures FIXTURES = new ArchitectureFixtures("uk.bcf.archfixtures.ledger.command");

    @Test
    void aPlainClassOfTheDomainRulesThatReadsAxonMetaDataBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.DOMAIN_RULES_ARE_PLAIN_JAVA, "figures.MetaDataInContext");
    }

    @Test
    void aggregatesHandlersAndInterceptorsAreEdgesThatMayUseAxon() {
        FIXTURES.assertKeeps(
                ArchitectureTest.DOMAIN_RULES_ARE_PLAIN_JAVA,
                "figures.FixtureAggregate",
                "figures.FixtureCommandHandler",
                "board.FixtureInterceptor",
                "figures.PlainContext");
    }

    @Test
    void aPolicyThatIsASpringBeanOrALedgerThatReadsAxonMetaDataBreaksTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.POLICIES_AND_LEDGERS_ARE_PLAIN_JAVA, "board.TransactionalPolicy");
        FIXTURES.assertBreaks(ArchitectureTest.POLICIES_AND_LEDGERS_ARE_PLAIN_JAVA, "figures.MetaDataLedger");
        FIXTURES.assertKeeps(ArchitectureTest.POLICIES_AND_LEDGERS_ARE_PLAIN_JAVA, "figures.PlainPolicy");
    }

    @Test
    void twoPackagesThatDependOnEachOtherBreakTheRule() {
        FIXTURES.assertBreaks(ArchitectureTest.FEATURES_ARE_FREE_OF_CYCLES, "cycle.one.First", "cycle.two.Second");
    }
}
