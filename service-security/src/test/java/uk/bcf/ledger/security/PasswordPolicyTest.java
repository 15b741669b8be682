package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** The password policy after NIST SP 800-63B: each refused password names the field and the rule it breaks. */
class PasswordPolicyTest {

    private static final String NAME = "sec-admin";

    @ParameterizedTest(name = "{1}: [{0}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "'            '|whitespace-only",
                "aaaaaaaaaaaa|repeated-characters",
                "AAAAAAAAAAAAAAAAAAAA|repeated-characters",
                "abcabcabcabc|repeated-characters",
                "aaaaaaaaaaaaaaaaaaaa1|repeated-characters",
                "abcdefghijkl|sequential-characters",
                "123456789012|sequential-characters",
                "987654321098|sequential-characters",
                "qwertyuiopasd|sequential-characters",
                "sec-admin-2019!|contains-username",
                "my SEC-ADMIN password|contains-username",
                "password1234|common-password",
                "Password1234|common-password",
                "iloveyou1234|common-password",
                "short|length",
                "elevenchars|length",
            })
    void refusesPasswordsThatAreEasyToGuess(String password, String rule) {
        assertRefused(password, rule);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"correct horse battery", "a long enough passphrase", "Bromley reports each quarter"})
    void acceptsPassphrasesWithoutAnyCompositionRule(String password) {
        assertThatCode(() -> PasswordPolicy.check(NAME, password)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "control character {0}")
    @ValueSource(ints = {0, 9, 10, 13, 27, 127})
    void refusesControlCharacters(int control) {
        assertRefused("a long enough" + (char) control + "passphrase", "control-characters");
    }

    @Test
    void acceptsPassphrasesUpTo256CharactersAndRefusesLonger() {
        String words = "the board meets in the town hall on thursday ";
        String longest = words.repeat(6).substring(0, 256).replace(' ', '-') + "";
        String varied = (longest.substring(0, 250) + "xyz123").substring(0, 256);

        assertThatCode(() -> PasswordPolicy.check(NAME, varied)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check(NAME, varied.substring(0, 64)))
                .doesNotThrowAnyException();
        assertRefused(varied + "q", "length");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThatCode(() -> PasswordPolicy.check(NAME, "£€ passphrase ünïcode"))
                .doesNotThrowAnyException();
        assertRefused("££££££££££€", "length");
    }

    @Test
    void aMissingPasswordIsRefused() {
        assertRefused(null, "length");
    }

    private static void assertRefused(String password, String rule) {
        assertThatThrownBy(() -> PasswordPolicy.check(NAME, password))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(RefusalKind.INVALID);
                    assertThat(refused.field()).isEqualTo("password");
                    assertThat(refused.extensions()).containsEntry("rule", rule);
                });
    }
}
