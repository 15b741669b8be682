package uk.bcf.ledger.query.projection;

/**
 * A vintage of a board's population of a calendar year and age band, as the {@code population_version} table holds
 * it.
 *
 * @param year    the calendar year
 * @param ageBand the age band, e.g. {@code 65+}
 * @param count   the number of people
 * @param source  the projection it comes from, or null when not stated
 */
public record PopulationVersionRow(int year, String ageBand, long count, String source) {}
