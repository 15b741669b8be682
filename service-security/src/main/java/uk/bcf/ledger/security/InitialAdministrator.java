package uk.bcf.ledger.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

/**
 * Makes sure somebody can administer the service: creates the administrator named by {@code BCF_ADMIN_USER} and
 * {@code BCF_ADMIN_PASSWORD} when it does not exist (an existing one is left as it is), and refuses to start without
 * one, unless the demo profile is active (it creates its own users) or users come from an identity provider.
 */
public class InitialAdministrator implements InitializingBean {

    static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    private final LedgerUsers users;
    private final LedgerSecurityProperties properties;
    private final Environment environment;

    public InitialAdministrator(LedgerUsers users, LedgerSecurityProperties properties, Environment environment) {
        this.users = users;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.mode() == LedgerSecurityProperties.Mode.OIDC) {
            return;
        }
        LedgerSecurityProperties.Admin admin = properties.admin();
        if (!admin.configured()) {
            if (environment.matchesProfiles(DemoUsers.PROFILE)) {
                return;
            }
            throw new IllegalStateException(
                    "No administrator: set BCF_ADMIN_USER and BCF_ADMIN_PASSWORD (the password at least "
                            + PasswordPolicy.MIN_LENGTH + " characters), or run with the '" + DemoUsers.PROFILE
                            + "' profile to get demo users");
        }
        boolean created = users.createIfAbsent(
                new NewUser(
                        admin.user(),
                        admin.password(),
                        Set.of(Role.ADMIN),
                        BoardScope.of(Set.of(BoardScope.ALL_BOARDS))),
                SYSTEM);
        if (created) {
            LOG.info("Created the initial administrator '{}' from BCF_ADMIN_USER", admin.user());
        }
    }
}
