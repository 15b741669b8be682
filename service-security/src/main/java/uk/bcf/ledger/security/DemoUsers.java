package uk.bcf.ledger.security;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The demo profile's users, one per role, named so nobody mistakes them for real accounts, with the passwords the
 * README gives (the user's name without {@code demo-}, then {@code -demo-password}). Bromley ({@code E09000006}) is the demo board; the Barnet analyst shows that a board's analyst sees
 * no other board. Created when absent, and announced loudly at start-up.
 */
public class DemoUsers implements InitializingBean {

    /** The Spring profile that creates these users and lets the service start without an administrator. */
    public static final String PROFILE = "demo";

    static final String BROMLEY = "E09000006";
    static final String BARNET = "E09000003";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    static final List<NewUser> USERS = List.of(
            demo("demo-admin", Set.of(Role.ADMIN, Role.MONITOR), Set.of(BoardScope.ALL_BOARDS)),
            demo("demo-analyst", Set.of(Role.ANALYST), Set.of(BROMLEY)),
            demo("demo-viewer", Set.of(Role.VIEWER), Set.of(BROMLEY)),
            demo("demo-auditor", Set.of(Role.AUDITOR), Set.of(BoardScope.ALL_BOARDS)),
            demo("demo-analyst-barnet", Set.of(Role.ANALYST), Set.of(BARNET)));

    private final LedgerUsers users;

    public DemoUsers(LedgerUsers users) {
        this.users = users;
    }

    private static NewUser demo(String name, Set<Role> roles, Set<String> boards) {
        return new NewUser(name, password(name), roles, BoardScope.of(boards));
    }

    /** A demo user's password: its name without {@code demo-}, then {@code -demo-password} ({@code viewer-demo-password}). */
    static String password(String name) {
        return name.substring("demo-".length()) + "-demo-password";
    }

    @Override
    public void afterPropertiesSet() {
        USERS.forEach(user -> users.createIfAbsent(user, InitialAdministrator.SYSTEM));
        LOG.warn(
                "DEMO PROFILE: demo users are active, each with the password '<name without demo->-demo-password' (demo-viewer: viewer-demo-password): {}. Never use this profile with real data.",
                USERS.stream()
                        .map(user -> user.username() + " " + user.roles() + " boards " + boardsOf(user))
                        .toList());
    }

    private static String boardsOf(NewUser user) {
        return user.scope().codes().isEmpty()
                ? "(none)"
                : String.join(",", user.scope().codes());
    }
}
