package uk.bcf.ledger.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The jsonb form of a pool entry's value in {@code pool_entry_version}: the value record as the event carries it
 * ({@code Contribution}, {@code NationalMinimums}, {@code SchemeLine}, {@code Spend}), amounts as exact decimals.
 */
final class PoolEntryJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PoolEntryJson() {}

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a pool entry's value cannot be written as JSON", e);
        }
    }

    static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored pool entry cannot be read as " + type.getSimpleName(), e);
        }
    }
}
