package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role, asking about a board in its scope (Bromley) and one outside it (Barnet). Columns: record figures,
 * record populations, register boards, read, list the board; each as in scope / out of scope.
 */
class AccessPolicyTest {

    private static final String IN_SCOPE = "E09000006";
    private static final String OUT_OF_SCOPE = "E09000003";

    static Stream<Arguments> roles() {
        return Stream.of(
                //                          figures       populations   register  read          list
                row(Role.ADMIN, false, false, true, true, true, false, false, true, false),
                row(Role.ANALYST, true, false, true, false, false, true, false, true, false),
                row(Role.VIEWER, false, false, false, false, false, true, false, true, false),
                row(Role.AUDITOR, false, false, false, false, false, true, false, true, false),
                row(Role.MONITOR, false, false, false, false, false, false, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void allowsEachRoleWhatTheTableSays(
            Role role,
            boolean figuresIn,
            boolean figuresOut,
            boolean populationsIn,
            boolean populationsOut,
            boolean register,
            boolean readIn,
            boolean readOut,
            boolean listIn,
            boolean listOut) {
        Caller caller = new Caller("someone", Set.of(role), BoardScope.of(List.of(IN_SCOPE)));

        assertThat(AccessPolicy.mayRecordFigures(caller, IN_SCOPE))
                .as("record figures in scope")
                .isEqualTo(figuresIn);
        assertThat(AccessPolicy.mayRecordFigures(caller, OUT_OF_SCOPE))
                .as("record figures out of scope")
                .isEqualTo(figuresOut);
        assertThat(AccessPolicy.mayRecordPopulations(caller, IN_SCOPE))
                .as("populations in scope")
                .isEqualTo(populationsIn);
        assertThat(AccessPolicy.mayRecordPopulations(caller, OUT_OF_SCOPE))
                .as("populations out of scope")
                .isEqualTo(populationsOut);
        assertThat(AccessPolicy.mayRegisterBoards(caller)).as("register boards").isEqualTo(register);
        assertThat(AccessPolicy.mayRead(caller, IN_SCOPE)).as("read in scope").isEqualTo(readIn);
        assertThat(AccessPolicy.mayRead(caller, OUT_OF_SCOPE))
                .as("read out of scope")
                .isEqualTo(readOut);
        assertThat(AccessPolicy.mayListBoard(caller, IN_SCOPE))
                .as("list in scope")
                .isEqualTo(listIn);
        assertThat(AccessPolicy.mayListBoard(caller, OUT_OF_SCOPE))
                .as("list out of scope")
                .isEqualTo(listOut);
    }

    @Test
    void anAuditorOrAdministratorWithoutBoardsReadsAndListsNone() {
        Caller leaver = new Caller("leaver", Set.of(Role.AUDITOR, Role.ADMIN), BoardScope.of(List.of()));
        Caller auditor = new Caller("auditor", Set.of(Role.AUDITOR), BoardScope.of(List.of("*")));

        assertThat(AccessPolicy.mayRead(leaver, IN_SCOPE)).isFalse();
        assertThat(AccessPolicy.mayListBoard(leaver, IN_SCOPE)).isFalse();
        assertThat(AccessPolicy.mayRead(auditor, "E99999999")).isTrue();
        assertThat(AccessPolicy.mayReadAuditTrail(leaver)).isTrue();
    }

    @Test
    void anAnalystOfEveryBoardWritesAndReadsAnyBoard() {
        Caller national = new Caller("national", Set.of(Role.ANALYST), BoardScope.of(List.of("*")));

        assertThat(AccessPolicy.mayRecordFigures(national, OUT_OF_SCOPE)).isTrue();
        assertThat(AccessPolicy.mayRead(national, "E99999999")).isTrue();
        assertThat(AccessPolicy.mayRegisterBoards(national)).isFalse();
    }

    @Test
    void aScopeWithoutARoleAllowsNothing() {
        Caller nobody = new Caller("nobody", Set.of(), BoardScope.of(List.of("*")));

        assertThat(AccessPolicy.mayRecordFigures(nobody, IN_SCOPE)).isFalse();
        assertThat(AccessPolicy.mayRecordPopulations(nobody, IN_SCOPE)).isFalse();
        assertThat(AccessPolicy.mayRead(nobody, IN_SCOPE)).isFalse();
        assertThat(AccessPolicy.mayListBoard(nobody, IN_SCOPE)).isFalse();
    }

    private static Arguments row(Role role, boolean... allowed) {
        Object[] values = new Object[allowed.length + 1];
        values[0] = role;
        for (int i = 0; i < allowed.length; i++) {
            values[i + 1] = allowed[i];
        }
        return Arguments.of(values);
    }
}
