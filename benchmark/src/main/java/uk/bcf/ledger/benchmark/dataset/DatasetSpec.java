package uk.bcf.ledger.benchmark.dataset;

import java.time.LocalDate;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * What to generate: the seed that makes the dataset reproducible, the number of events it must at least reach,
 * the financial years it covers and the day it is generated on (periods not over by then have no actuals, and no
 * meeting is dated after it).
 *
 * @param seed         every random choice follows from it
 * @param targetEvents boards are added until the dataset's events reach this many
 * @param firstYear    the first financial year with figures
 * @param lastYear     the last financial year with figures
 * @param today        the generation day
 */
public record DatasetSpec(
        long seed, long targetEvents, FinancialYear firstYear, FinancialYear lastYear, LocalDate today) {

    /** The default seed of {@code scripts/benchmark.sh}. */
    public static final long DEFAULT_SEED = 20_261_123L;
    /** The default size: at least one million events. */
    public static final long DEFAULT_EVENTS = 1_000_000L;

    public DatasetSpec {
        if (targetEvents < 1) {
            throw new IllegalArgumentException("the dataset needs at least one event");
        }
        if (firstYear.compareTo(lastYear) > 0) {
            throw new IllegalArgumentException("first year " + firstYear + " is after last year " + lastYear);
        }
    }

    /** Financial years 2014-15 to 2025-26, generated today. */
    public static DatasetSpec of(long seed, long targetEvents) {
        return new DatasetSpec(
                seed, targetEvents, FinancialYear.of("2014-15"), FinancialYear.of("2025-26"), LocalDate.now());
    }
}
