package uk.bcf.ledger.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A user the tests sign in as, with HTTP Basic. The services run with security on in every test; these users are
 * created in each test run's fresh database by the harness that starts a service.
 *
 * @param name     the user name, which events record as their author
 * @param password the password (test databases only)
 */
public record TestUser(String name, String password) {

    /**
     * The initial administrator every test service is started with ({@code bcf.security.admin.user} and
     * {@code bcf.security.admin.password}, as {@code BCF_ADMIN_USER} and {@code BCF_ADMIN_PASSWORD} would set them).
     */
    public static final TestUser ADMIN = new TestUser("test-admin", "admin-test-password");

    /**
     * The user the functional tests act as: an administrator, analyst, auditor and monitor of every board, so that
     * tests about figures need not be about access. Tests about access create users of their own.
     */
    public static final TestUser OPERATOR = new TestUser("test-operator", "operator-test-password");

    /**
     * A test user whose password the password policy accepts: the name backwards, then {@code -test-password}
     * ({@code ann}: {@code nna-test-password}), so that it never contains the name.
     */
    public static TestUser named(String name) {
        return new TestUser(name, new StringBuilder(name).reverse() + "-test-password");
    }

    /** The value of an {@code Authorization} header that signs in as this user. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The two properties that make this user the initial administrator of a service started for a test. */
    public String[] asInitialAdministrator() {
        return new String[] {"bcf.security.admin.user=" + name, "bcf.security.admin.password=" + password};
    }
}
