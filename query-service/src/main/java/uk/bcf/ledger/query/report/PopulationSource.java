package uk.bcf.ledger.query.report;

import uk.bcf.ledger.query.projection.PopulationVersionRow;

/**
 * The population a rate was computed on, with where it comes from.
 *
 * @param year    the calendar year
 * @param ageBand the age band, e.g. {@code 65+}
 * @param count   the number of people
 * @param source  the projection it comes from, or null when not stated
 */
record PopulationSource(int year, String ageBand, long count, String source) {

    static PopulationSource of(PopulationVersionRow row) {
        return new PopulationSource(row.year(), row.ageBand(), row.count(), row.source());
    }

    /** {@code Rates are computed from the count over the population 65+ of 2019: 57,626 (source: …).} */
    String note() {
        return "Rates are computed from the count over the population " + ageBand + " of " + year + ": "
                + ReportNumbers.grouped(count) + (source == null ? "" : " (source: " + source + ")") + ".";
    }
}
