package uk.bcf.ledger.query.spc;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/** Expected flags of a rule: a stretch of point indexes all on one side. */
final class FlaggedPoints {

    private FlaggedPoints() {}

    /** Points {@code first} to {@code last}, inclusive, all flagged to the given side; the map may be added to. */
    static Map<Integer, Side> run(int first, int last, Side side) {
        Map<Integer, Side> flagged = new HashMap<>();
        IntStream.rangeClosed(first, last).forEach(point -> flagged.put(point, side));
        return flagged;
    }
}
