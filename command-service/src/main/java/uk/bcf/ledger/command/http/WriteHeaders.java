package uk.bcf.ledger.command.http;

import java.util.regex.Pattern;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Reads the optional headers of a write: {@code Idempotency-Key} and {@code If-Match}. */
public final class WriteHeaders {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IF_MATCH = "If-Match";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(\\d{1,9})\"");

    private WriteHeaders() {}

    /** The key, or {@code null} when absent; 1 to 200 visible ASCII characters, such as a UUID. */
    public static String idempotencyKey(String header) {
        if (header == null) {
            return null;
        }
        if (!KEY.matcher(header).matches()) {
            throw Refusal.invalid(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters, such as a UUID");
        }
        return header;
    }

    /**
     * The figure version the client expects to change, from a strong entity tag such as {@code "2"} (the
     * {@code ETag} the query service gave for the figure); {@code null} when absent or {@code *}.
     */
    public static Integer expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        var matcher = STRONG_VERSION_TAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw Refusal.invalid(IF_MATCH, "must be the figure's ETag, a version number in quotes such as \"2\"");
        }
        return Integer.valueOf(matcher.group(1));
    }
}
