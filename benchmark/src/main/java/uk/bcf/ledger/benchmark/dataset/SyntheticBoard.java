package uk.bcf.ledger.benchmark.dataset;

/**
 * A made-up Health and Wellbeing Board with an ONS-like code, numbered from 1: {@code E06000001}.
 *
 * @param index the board's number in the dataset, from 1
 * @param code  its ONS-style area code
 * @param name  its name
 */
public record SyntheticBoard(int index, String code, String name) {

    /** The board numbered {@code index} under the code prefix, e.g. {@code E06} gives {@code E06000001} for 1. */
    public static SyntheticBoard numbered(String prefix, int index) {
        if (index < 1 || index > 999_999) {
            throw new IllegalArgumentException("board number must be 1 to 999999, was " + index);
        }
        String code = "%s%06d".formatted(prefix, index);
        return new SyntheticBoard(index, code, "Synthetic board " + code);
    }
}
