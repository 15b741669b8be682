package uk.bcf.ledger.security;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The demo profile's users, one per role, named so nobody mistakes them for real accounts, with the passwords the
 * README gives. Bromley ({@code E09000006}) is the demo board; the Barnet analyst shows that a board's analyst sees
 * no other board. Created when absent, and announced loudly at start-up.
 */
public class DemoUsers implements InitializingBean {

    /** The Spring profile that creates these users and lets the service start without an administrator. */
    public static final String PROFILE = "demo";

    static final String BROMLEY = "E09000006";
    static final String BARNET = "E09000003";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    static final List<NewUser> USERS = List.of(
            demo("demo-admin", Set.of(Role.ADMIN, Role.MONITOR), Set.of()),
            demo("demo-analyst", Set.of(Role.ANALYST), Set.of(BROMLEY)),
            demo("demo-viewer", Set.of(Role.VIEWER), Set.of(BROMLEY)),
            demo("demo-auditor", Set.of(Role.AUDITOR), Set.of()),
            demo("demo-analyst-barnet", Set.of(Role.ANALYST), Set.of(BARNET)));

    private final LedgerUsers users;

    public DemoUsers(LedgerUsers users) {
        this.users = users;
    }

    private static NewUser demo(String name, Set<Role> roles, Set<String> boards) {
        return new NewUser(name, name + "-password", roles, BoardScope.of(boards));
    }

    @Override
    public void afterPropertiesSet() {
        USERS.forEach(user -> users.createIfAbsent(user, InitialAdministrator.SYSTEM));
        LOG.warn(
                "DEMO PROFILE: demo users are active, each with the password '<name>-password': {}. Never use this profile with real data.",
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
