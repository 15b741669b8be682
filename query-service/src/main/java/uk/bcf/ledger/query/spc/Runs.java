package uk.bcf.ledger.query.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the longest stretches of consecutive positions on one side; a position on neither side breaks a stretch. */
final class Runs {

    private Runs() {}

    /** The maximal stretches of at least the given number of positions, in order. */
    static List<Run> ofAtLeast(int minimumLength, List<Optional<Side>> sides) {
        List<Run> runs = new ArrayList<>();
        int first = 0;
        for (int next = 1; next <= sides.size(); next++) {
            if (next == sides.size() || !continues(sides.get(first), sides.get(next))) {
                Optional<Side> side = sides.get(first);
                if (side.isPresent() && next - first >= minimumLength) {
                    runs.add(new Run(first, next - 1, side.get()));
                }
                first = next;
            }
        }
        return runs;
    }

    private static boolean continues(Optional<Side> runSide, Optional<Side> side) {
        return side.isPresent() && side.equals(runSide);
    }
}
