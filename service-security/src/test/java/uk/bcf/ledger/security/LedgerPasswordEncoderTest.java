package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class LedgerPasswordEncoderTest {

    private final LedgerPasswordEncoder passwords = new LedgerPasswordEncoder(4);

    @Test
    void everyCharacterOfALongPassphraseCounts() {
        String passphrase = "the board meets in the town hall on the third thursday of the month, ".repeat(3);
        String hash = passwords.encode(passphrase + "A");

        assertThat(hash).startsWith(LedgerPasswordEncoder.PREFIX + "$2a$04$");
        assertThat(passwords.matches(passphrase + "A", hash)).isTrue();
        assertThat(passwords.matches(passphrase + "B", hash)).isFalse();
    }

    @Test
    void aHashStoredBeforeIsStillCheckedAndMarkedForUpgrade() {
        String legacy = new BCryptPasswordEncoder(4).encode("a password set before");

        assertThat(passwords.matches("a password set before", legacy)).isTrue();
        assertThat(passwords.matches("another password", legacy)).isFalse();
        assertThat(passwords.matches("x".repeat(100), legacy)).isFalse();
        assertThat(passwords.upgradeEncoding(legacy)).isTrue();
        assertThat(passwords.upgradeEncoding(passwords.encode("a password set now")))
                .isFalse();
    }
}
