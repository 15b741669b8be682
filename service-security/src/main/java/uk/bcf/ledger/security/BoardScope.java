package uk.bcf.ledger.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The boards a user works for: a set of board codes, or every board (written {@value #ALL_BOARDS}, for national
 * and regional teams). A board scope is carried as granted authorities ({@code BOARD:E09000005}), so a user from
 * the database and a token from an identity provider describe it the same way.
 *
 * @param allBoards whether every board, registered now or later, is in scope
 * @param codes     the board codes in scope when not every board is
 */
public record BoardScope(boolean allBoards, Set<String> codes) {

    /** How "every board" is written in a user's scope and in a token's boards claim. */
    public static final String ALL_BOARDS = "*";

    static final String AUTHORITY_PREFIX = "BOARD:";

    public BoardScope {
        codes = Set.copyOf(codes);
    }

    /** The scope named by these entries: board codes, or {@value #ALL_BOARDS}. */
    public static BoardScope of(Collection<String> entries) {
        Set<String> codes = new TreeSet<>();
        boolean all = false;
        for (String entry : entries) {
            String code = entry.strip();
            if (ALL_BOARDS.equals(code)) {
                all = true;
            } else if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return new BoardScope(all, all ? Set.of() : codes);
    }

    public boolean includes(String boardCode) {
        return allBoards || codes.contains(boardCode);
    }

    /** The authorities that carry this scope. */
    public Set<String> authorities() {
        Set<String> authorities = new TreeSet<>();
        if (allBoards) {
            authorities.add(AUTHORITY_PREFIX + ALL_BOARDS);
        }
        codes.forEach(code -> authorities.add(AUTHORITY_PREFIX + code));
        return authorities;
    }

    /** The scope carried by these authorities; other authorities are ignored. */
    public static BoardScope ofAuthorities(Collection<String> authorities) {
        return of(authorities.stream()
                .filter(authority -> authority.startsWith(AUTHORITY_PREFIX))
                .map(authority -> authority.substring(AUTHORITY_PREFIX.length()))
                .toList());
    }
}
