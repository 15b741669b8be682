package uk.bcf.ledger.query.relay;

import java.util.List;
import java.util.Map;

/**
 * The command service's answer to a relayed write that it accepted: the status and the JSON body, an object
 * ({@link #fields()}) or a list ({@link #items()}).
 *
 * @param status the HTTP status (2xx)
 * @param body   the parsed JSON body, or null when there was none
 */
public record RelayAnswer(int status, Object body) {

    /** The body's members, when it is a JSON object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fields() {
        return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The body's items, when it is a JSON array of objects. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items() {
        return body instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
