package uk.bcf.ledger.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How callers authenticate and what requests may carry ({@code bcf.security.*}).
 *
 * @param mode           {@code database}: users and bcrypt hashes in PostgreSQL, HTTP Basic (and a login page where
 *                       a service has pages); {@code oidc}: JWT bearer tokens from an OpenID Connect provider
 * @param admin          the initial administrator, from {@code BCF_ADMIN_USER} and {@code BCF_ADMIN_PASSWORD}
 * @param oidc           which token claims carry the user's name, roles and boards
 * @param rememberSignIn how long a verified password is remembered (see {@link RememberedSignIns}); 0 to check
 *                       every request's password against its hash
 * @param requestBody    the largest request bodies accepted
 */
@ConfigurationProperties("bcf.security")
public record LedgerSecurityProperties(
        @DefaultValue("database") Mode mode,
        @DefaultValue Admin admin,
        @DefaultValue Oidc oidc,
        @DefaultValue("60s") Duration rememberSignIn,
        @DefaultValue RequestBody requestBody) {

    /** How callers prove who they are. */
    public enum Mode {
        DATABASE,
        OIDC
    }

    /** The administrator created at start-up when absent; both blank means none. */
    public record Admin(
            @DefaultValue("") String user, @DefaultValue("") String password) {

        boolean configured() {
            return !user.isBlank() && !password.isBlank();
        }

        @Override
        public String toString() {
            return "Admin[user=" + user + "]";
        }
    }

    /**
     * @param usernameClaim the claim that names the user, recorded as the author of their events
     * @param rolesClaim    a list claim of role names (ADMIN, ANALYST, VIEWER, AUDITOR, MONITOR)
     * @param boardsClaim   a list claim of board codes, or {@code *} for every board
     */
    public record Oidc(
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("bcf_boards") String boardsClaim) {}

    /**
     * @param maxSize       the largest body of an ordinary request
     * @param uploadMaxSize the largest body of a request to one of the upload paths
     * @param uploadPaths   path patterns that take files (bulk imports)
     */
    public record RequestBody(
            @DefaultValue("64KB") DataSize maxSize,
            @DefaultValue("11MB") DataSize uploadMaxSize,
            @DefaultValue List<String> uploadPaths) {}
}
