package uk.bcf.ledger.benchmark.dataset;

/**
 * A population denominator of a board: a calendar year's count of an age band from one projection vintage.
 *
 * @param board   the board's code
 * @param year    the calendar year
 * @param ageBand the age band, e.g. {@code 65+}
 * @param count   the number of people
 * @param source  the projection it comes from
 */
public record PopulationFigure(String board, int year, String ageBand, long count, String source) {}
