package uk.bcf.ledger.query.relay;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;

/**
 * One write a page sends to the command service: the method and path of its API, the JSON body (fields left out
 * when blank) and, for changes of a figure, the version the user saw ({@code If-Match}).
 *
 * @param method  the HTTP method
 * @param path    the command service's path, such as {@code /api/boards/E09000006/actuals}
 * @param body    the JSON body's fields, in order; null for none
 * @param ifMatch the version the change expects, or null
 */
public record RelayedWrite(HttpMethod method, String path, Map<String, Object> body, String ifMatch) {

    public static RelayedWrite post(String path, Map<String, Object> body) {
        return new RelayedWrite(HttpMethod.POST, path, body, null);
    }

    public static RelayedWrite put(String path, Map<String, Object> body, String ifMatch) {
        return new RelayedWrite(HttpMethod.PUT, path, body, ifMatch);
    }

    public static RelayedWrite delete(String path, Map<String, Object> body, String ifMatch) {
        return new RelayedWrite(HttpMethod.DELETE, path, body, ifMatch);
    }

    /** A JSON body from alternating names and values, leaving out values that are null or blank text. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                fields.put((String) namesAndValues[i], value instanceof String text ? text.strip() : value);
            }
        }
        return fields;
    }
}
