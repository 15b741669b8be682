package uk.bcf.ledger.benchmark.load;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A user's name and password, sent with every request as HTTP Basic: both services authenticate every request.
 *
 * @param user     the login name
 * @param password the password
 */
public record Credentials(String user, String password) {

    /** The {@code Authorization} header's value. */
    public String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
