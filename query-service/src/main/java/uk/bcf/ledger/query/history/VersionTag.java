package uk.bcf.ledger.query.history;

/**
 * The entity tag of a figure: its latest version as a strong tag, the number in quotes ({@code "3"}), the form
 * the command side expects back in {@code If-Match}.
 */
final class VersionTag {

    private VersionTag() {}

    static String of(FigureHistoryView history) {
        return "\"" + history.current().version() + "\"";
    }
}
