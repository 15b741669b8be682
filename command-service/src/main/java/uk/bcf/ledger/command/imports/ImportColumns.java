package uk.bcf.ledger.command.imports;

import java.util.List;
import java.util.Map;

/**
 * The columns of an import file, in their required order, the optional columns that may follow them, and the column
 * each request field is read from.
 */
final class ImportColumns {

    static final String BOARD = "board";
    static final String METRIC = "metric";
    static final String PERIOD = "period";
    static final String KIND = "kind";
    static final String VALUE = "value";
    static final String NUMERATOR = "numerator";
    static final String DENOMINATOR = "denominator";
    static final String PER_DAY = "per_day";
    static final String SOURCE = "source";
    static final String REASON = "reason";
    static final String PUBLISHED_VALUE = "published_value";
    static final String RATE = "rate";
    static final String PERCENT = "percent";
    static final String MEAN = "mean";

    static final List<String> HEADER = List.of(
            BOARD, METRIC, PERIOD, KIND, VALUE, NUMERATOR, DENOMINATOR, PER_DAY, SOURCE, REASON, PUBLISHED_VALUE);
    static final String HEADER_LINE = String.join(",", HEADER);

    /** Columns a file may add after {@link #HEADER}, each at most once, in any order: the figure as printed. */
    static final List<String> OPTIONAL = List.of(RATE, PERCENT, MEAN);

    private static final Map<String, String> COLUMN_OF_FIELD =
            Map.of("perDay", PER_DAY, "publishedValue", PUBLISHED_VALUE);

    private ImportColumns() {}

    /**
     * The column a refusal of a request field points at: {@code perDay} is read from {@code per_day}, and a
     * numerator or denominator from {@code value} when the row gave them there as a fraction ({@code 73/74}).
     */
    static String ofField(String field, boolean fractionInValue) {
        if (fractionInValue && (NUMERATOR.equals(field) || DENOMINATOR.equals(field))) {
            return VALUE;
        }
        return field == null ? null : COLUMN_OF_FIELD.getOrDefault(field, field);
    }
}
