package uk.bcf.ledger.query.access;

import java.util.List;
import java.util.Set;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.testsupport.TestUser;

/** The users the access tests sign in as, each with one role and the boards of {@link TwoBoards}. */
final class Readers {

    static final TestUser BARNET_ANALYST = TestUser.named("barnet-analyst");
    static final TestUser BROMLEY_VIEWER = TestUser.named("bromley-viewer");
    static final TestUser AUDITOR = TestUser.named("national-auditor");
    static final TestUser MONITOR = TestUser.named("metrics-scraper");

    private Readers() {}

    static void create(LedgerUsers users) {
        create(users, BARNET_ANALYST, Role.ANALYST, TwoBoards.BARNET);
        create(users, BROMLEY_VIEWER, Role.VIEWER, TwoBoards.BROMLEY);
        create(users, AUDITOR, Role.AUDITOR, BoardScope.ALL_BOARDS);
        create(users, MONITOR, Role.MONITOR);
    }

    private static void create(LedgerUsers users, TestUser user, Role role, String... boards) {
        NewUser created = new NewUser(user.name(), user.password(), Set.of(role), BoardScope.of(List.of(boards)));
        users.createIfAbsent(created, "test");
    }
}
