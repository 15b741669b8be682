package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoardScopeTest {

    private static final String BROMLEY = "E09000006";
    private static final String BARNET = "E09000003";

    @Test
    void includesOnlyTheBoardsItNames() {
        BoardScope scope = BoardScope.of(List.of(BROMLEY));

        assertThat(scope.includes(BROMLEY)).isTrue();
        assertThat(scope.includes(BARNET)).isFalse();
        assertThat(scope.allBoards()).isFalse();
    }

    @Test
    void theStarIncludesEveryBoardAndDropsTheCodesBesideIt() {
        BoardScope scope = BoardScope.of(List.of(BROMLEY, BoardScope.ALL_BOARDS));

        assertThat(scope.allBoards()).isTrue();
        assertThat(scope.codes()).isEmpty();
        assertThat(scope.includes(BARNET)).isTrue();
        assertThat(scope.includes("E99999999")).isTrue();
    }

    @Test
    void ignoresBlankEntriesAndSurroundingSpace() {
        BoardScope scope = BoardScope.of(List.of(" " + BROMLEY + " ", "", "  "));

        assertThat(scope.codes()).containsExactly(BROMLEY);
    }

    @Test
    void anEmptyScopeIncludesNoBoard() {
        BoardScope scope = BoardScope.of(List.of());

        assertThat(scope.includes(BROMLEY)).isFalse();
        assertThat(scope.authorities()).isEmpty();
    }

    @Test
    void isCarriedAsBoardAuthorities() {
        assertThat(BoardScope.of(List.of(BROMLEY, BARNET)).authorities())
                .containsExactlyInAnyOrder("BOARD:" + BROMLEY, "BOARD:" + BARNET);
        assertThat(BoardScope.of(List.of("*")).authorities()).containsExactly("BOARD:*");
    }

    @Test
    void survivesTheRoundTripThroughAuthorities() {
        BoardScope some = BoardScope.of(List.of(BROMLEY, BARNET));
        BoardScope every = BoardScope.of(List.of("*"));

        assertThat(BoardScope.ofAuthorities(some.authorities())).isEqualTo(some);
        assertThat(BoardScope.ofAuthorities(every.authorities())).isEqualTo(every);
    }

    @Test
    void readsOnlyBoardAuthorities() {
        BoardScope scope = BoardScope.ofAuthorities(Set.of("ROLE_ANALYST", "BOARD:" + BROMLEY, "SCOPE_read", BROMLEY));

        assertThat(scope).isEqualTo(BoardScope.of(List.of(BROMLEY)));
    }
}
