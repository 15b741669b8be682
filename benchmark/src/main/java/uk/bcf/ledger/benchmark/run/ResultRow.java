package uk.bcf.ledger.benchmark.run;

/**
 * One line of the results table.
 *
 * @param number   the measurement's number in the brief, e.g. {@code 1a}
 * @param measure  what was measured
 * @param result   the figure
 * @param baseline the raw figure it is compared with, or empty
 * @param ratio    result over baseline, or empty
 * @param target   the target, or empty
 * @param verdict  {@code met}, {@code missed} or empty where there is no target
 */
public record ResultRow(
        String number, String measure, String result, String baseline, String ratio, String target, String verdict) {

    /** A line without a target. */
    public static ResultRow informational(String number, String measure, String result) {
        return new ResultRow(number, measure, result, "", "", "", "");
    }

    public static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }
}
