package uk.bcf.ledger.query.http;

/** The media type every CSV answer is produced as: what {@code Accept: text/csv} selects. */
public final class CsvMediaType {

    public static final String TEXT_CSV_UTF8 = "text/csv;charset=UTF-8";

    private CsvMediaType() {}
}
