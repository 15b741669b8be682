package uk.bcf.ledger.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArchitectureFixturesTest {

    private final ArchitectureFixtures fixtures = new ArchitectureFixtures("uk.bcf.archfixtures.testsupport");

    @Test
    void aRuleThatFailsOnTheViolatorBreaksAsExpected() {
        assertThatCode(() -> fixtures.assertBreaks(ServiceArchitecture.NO_LEGACY_DATES, "UsesDate"))
                .doesNotThrowAnyException();
    }

    @Test
    void aRuleThatPassesASupposedViolatorFails() {
        assertThatThrownBy(() -> fixtures.assertBreaks(ServiceArchitecture.NO_LEGACY_DATES, "UsesInstant"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("passed")
                .hasMessageContaining("UsesInstant");
    }

    @Test
    void aRuleThatFailsOnlyBecauseOfAnotherFixtureFails() {
        assertThatThrownBy(() -> fixtures.assertBreaks(ServiceArchitecture.NO_LEGACY_DATES, "UsesInstant", "UsesDate"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("without naming UsesInstant");
    }

    @Test
    void aRuleThatFailsOnAFixtureSupposedToKeepItFails() {
        assertThatThrownBy(() -> fixtures.assertKeeps(ServiceArchitecture.NO_LEGACY_DATES, "UsesDate"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesDate");
        assertThatCode(() -> fixtures.assertKeeps(ServiceArchitecture.NO_LEGACY_DATES, "UsesInstant"))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnknownFixtureIsAMistakeInTheTest() {
        assertThatThrownBy(() -> fixtures.assertKeeps(ServiceArchitecture.NO_LEGACY_DATES, "NoSuchFixture"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
