package uk.bcf.ledger.command.imports;

import java.util.Arrays;

/** Finds the line of a text a character is on, counting from 1; a line ends with LF, CRLF or a lone CR. */
final class LineIndex {

    private final int[] lineStarts;

    private LineIndex(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static LineIndex of(String text) {
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnds = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (lineEnds) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, lines));
    }

    long lineOf(long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
