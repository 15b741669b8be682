package uk.bcf.ledger.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.updates.configuration.CommandLineUsagePropertyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AxonUpdateCheckTest {

    @AfterEach
    void restoreDefault() {
        System.clearProperty(AxonUpdateCheck.DISABLED_PROPERTY);
        AxonUpdateCheck.disableUnlessConfigured();
    }

    @Test
    void switchesTheUpdateCheckerOffWhenNobodySaidOtherwise() {
        System.clearProperty(AxonUpdateCheck.DISABLED_PROPERTY);

        AxonUpdateCheck.disableUnlessConfigured();

        assertThat(System.getProperty(AxonUpdateCheck.DISABLED_PROPERTY)).isEqualTo("true");
        assertThat(System.getProperty(AxonUpdateCheck.CONSOLE_MESSAGE_PROPERTY)).isEqualTo("true");
        assertThat(new CommandLineUsagePropertyProvider().getDisabled())
                .as("as Axon itself reads it")
                .isTrue();
    }

    @Test
    void keepsAnOperatorsExplicitChoice() {
        System.setProperty(AxonUpdateCheck.DISABLED_PROPERTY, "false");

        AxonUpdateCheck.disableUnlessConfigured();

        assertThat(System.getProperty(AxonUpdateCheck.DISABLED_PROPERTY)).isEqualTo("false");
    }
}
