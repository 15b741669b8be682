package uk.bcf.ledger.security;

/**
 * Finds the repetitions and sequences that make a password easy to guess, in a password already folded to lower
 * case: one character or piece repeated ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}), a character repeated for at
 * least half the password ({@code aaaaaaaaaaa1}), or a run of sequential characters ({@code abcdefghijkl},
 * {@code 123456789012} (after 9 comes 0), {@code 987654321}, keyboard rows such as {@code qwertyuiop}) for at least
 * half the password. Characters are compared as Unicode code points.
 */
final class CharacterRuns {

    /** Alphabet, digits (9 wraps to 0) and the rows of a UK/US keyboard, each read left to right. */
    private static final String[] SEQUENCES = {
        "abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"
    };

    private CharacterRuns() {}

    static boolean isRepetitive(String password) {
        int[] points = password.codePoints().toArray();
        return isOnePieceRepeated(points) || longestRun(points, false) * 2 >= points.length;
    }

    static boolean isSequential(String password) {
        int[] points = password.codePoints().toArray();
        return longestRun(points, true) * 2 >= points.length;
    }

    private static boolean isOnePieceRepeated(int[] points) {
        for (int piece = 1; piece <= points.length / 2; piece++) {
            if (points.length % piece == 0 && repeats(points, piece)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeats(int[] points, int piece) {
        for (int i = piece; i < points.length; i++) {
            if (points[i] != points[i - piece]) {
                return false;
            }
        }
        return true;
    }

    /** The longest stretch of characters each repeating (or, if {@code sequential}, following on from) the one before. */
    private static int longestRun(int[] points, boolean sequential) {
        int longest = points.length == 0 ? 0 : 1;
        int run = 1;
        for (int i = 1; i < points.length; i++) {
            boolean continues = sequential ? adjacent(points[i - 1], points[i]) : points[i] == points[i - 1];
            run = continues ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static boolean adjacent(int before, int after) {
        for (String sequence : SEQUENCES) {
            int at = sequence.indexOf(before);
            while (at >= 0) {
                if (at + 1 < sequence.length() && sequence.charAt(at + 1) == after
                        || at > 0 && sequence.charAt(at - 1) == after) {
                    return true;
                }
                at = sequence.indexOf(before, at + 1);
            }
        }
        return false;
    }
}
