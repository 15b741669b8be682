package uk.bcf.ledger.command.figures;

import java.util.Optional;

/**
 * The board's latest recorded population of an age band in a calendar year, which a published rate stated without
 * its own denominator is checked on.
 */
@FunctionalInterface
public interface KnownPopulations {

    /** Knows no population: every published rate without a denominator cannot be checked. */
    KnownPopulations NONE = (boardCode, year, ageBand) -> Optional.empty();

    Optional<Long> count(String boardCode, int year, String ageBand);
}
