package uk.bcf.ledger.query.projection;

import java.util.OptionalLong;

/** Finds a board's current population count for a calendar year and age band, the denominator of a rate. */
public interface PopulationLookup {

    /** The population, or empty when none has been recorded. */
    OptionalLong count(int calendarYear, String ageBand);
}
