package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

class UserPolicyTest {

    private static final String GOOD_PASSWORD = "correct-horse-battery";

    @ParameterizedTest
    @ValueSource(strings = {"ann", "a", "ann.smith@bromley.gov.uk", "analyst_2", "x-y", "9lives"})
    void acceptsPlainLoginNames(String username) {
        assertThatCode(() -> UserPolicy.check(user(username, GOOD_PASSWORD, Set.of(Role.VIEWER))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ann", ".ann", "-ann", "ann smith", "ann<script>", "o'brien", "ann;drop", "änn"})
    void refusesLoginNamesThatAreNotPlain(String username) {
        assertRefused(user(username, GOOD_PASSWORD, Set.of(Role.VIEWER)), "username");
    }

    @Test
    void acceptsALoginNameOf64CharactersAndRefuses65() {
        assertThatCode(() -> UserPolicy.check(user("a".repeat(64), GOOD_PASSWORD, Set.of(Role.VIEWER))))
                .doesNotThrowAnyException();
        assertRefused(user("a".repeat(65), GOOD_PASSWORD, Set.of(Role.VIEWER)), "username");
    }

    @Test
    void refusesAMissingLoginName() {
        assertRefused(user(null, GOOD_PASSWORD, Set.of(Role.VIEWER)), "username");
    }

    @Test
    void refusesAPasswordThePasswordPolicyRefuses() {
        assertRefused(user("ann", "short", Set.of(Role.VIEWER)), "password");
        assertRefused(user("ann.smith", "ann.smith was here", Set.of(Role.VIEWER)), "password");
    }

    @Test
    void requiresAtLeastOneRole() {
        assertRefused(user("ann", GOOD_PASSWORD, Set.of()), "roles");
    }

    private static NewUser user(String username, String password, Set<Role> roles) {
        return new NewUser(username, password, roles, BoardScope.of(List.of("E09000006")));
    }

    private static void assertRefused(NewUser user, String field) {
        assertThatThrownBy(() -> UserPolicy.check(user)).isInstanceOfSatisfying(Refusal.class, refused -> {
            invalid(refused);
            assertThat(refused.field()).isEqualTo(field);
        });
    }

    private static void invalid(Refusal refused) {
        assertThat(refused.kind()).isEqualTo(RefusalKind.INVALID);
    }
}
