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
 * @param signIn         how many failed sign-ins are allowed before further ones are refused (see
 *                       {@link SignInThrottle})
 * @param relay          the signed tokens with which the query service's pages relay writes to the command service
 *                       (see {@link RelayTokens})
 */
@ConfigurationProperties("bcf.security")
public record LedgerSecurityProperties(
        @DefaultValue("database") Mode mode,
        @DefaultValue Admin admin,
        @DefaultValue Oidc oidc,
        @DefaultValue("60s") Duration rememberSignIn,
        @DefaultValue RequestBody requestBody,
        @DefaultValue SignIn signIn,
        @DefaultValue Relay relay) {

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
     * @param audience      the audience ({@code aud}) a token must be issued for, such as the client id the
     *                      identity provider knows this service by; required in OIDC mode
     * @param issuer        the issuer ({@code iss}) a token must come from; required in OIDC mode (the
     *                      configuration sets it to {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
     *                      unless given)
     */
    public record Oidc(
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("bcf_boards") String boardsClaim,
            @DefaultValue("") String audience,
            @DefaultValue("") String issuer) {}

    /**
     * Guessing resistance (see {@link SignInThrottle}).
     *
     * @param failuresPerUser    failed sign-ins for one user name allowed at once
     * @param perUserRefill      the time over which those come back, evenly
     * @param lockOutAfter       failed sign-ins for one user name within {@code lockOutPeriod} that lock it out
     * @param lockOutPeriod      the period that counts towards a lock-out, and how long it lasts at most
     * @param failuresPerAddress failed sign-ins from one client address allowed at once
     * @param perAddressRefill   the time over which those come back, evenly
     */
    public record SignIn(
            @DefaultValue("5") int failuresPerUser,
            @DefaultValue("1m") Duration perUserRefill,
            @DefaultValue("20") int lockOutAfter,
            @DefaultValue("15m") Duration lockOutPeriod,
            @DefaultValue("50") int failuresPerAddress,
            @DefaultValue("5m") Duration perAddressRefill) {}

    /**
     * @param maxSize       the largest body of an ordinary request
     * @param uploadMaxSize the largest body of a request to one of the upload paths
     * @param uploadPaths   path patterns that take files (bulk imports)
     */
    public record RequestBody(
            @DefaultValue("64KB") DataSize maxSize,
            @DefaultValue("11MB") DataSize uploadMaxSize,
            @DefaultValue List<String> uploadPaths) {}

    /**
     * The relay of page writes (see {@link RelayTokens}): both services hold the same secret.
     *
     * @param secret   the shared HMAC key, at least 32 bytes ({@code BCF_RELAY_SECRET}); blank means no relay: the
     *                 command service accepts no relay token and the pages cannot write
     * @param lifetime how long a relay token is accepted after it is made
     */
    public record Relay(
            @DefaultValue("") String secret,
            @DefaultValue("60s") Duration lifetime) {

        /** Whether a secret is configured. */
        public boolean configured() {
            return !secret.isBlank();
        }

        @Override
        public String toString() {
            return "Relay[configured=" + configured() + ", lifetime=" + lifetime + "]";
        }
    }
}
