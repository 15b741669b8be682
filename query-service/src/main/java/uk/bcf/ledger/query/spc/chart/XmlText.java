package uk.bcf.ledger.query.spc.chart;

/**
 * Escapes text for XML element content and attribute values. Characters that XML 1.0 cannot hold at all, such as
 * control characters and lone surrogates, become the replacement character U+FFFD.
 */
final class XmlText {

    private static final String REPLACEMENT = "\uFFFD";

    private XmlText() {}

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> escaped.append(escape(codePoint)));
        return escaped.toString();
    }

    private static String escape(int codePoint) {
        return switch (codePoint) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&apos;";
            default -> isAllowed(codePoint) ? Character.toString(codePoint) : REPLACEMENT;
        };
    }

    /** The XML 1.0 {@code Char} production. */
    private static boolean isAllowed(int codePoint) {
        return codePoint == 0x9
                || codePoint == 0xA
                || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
