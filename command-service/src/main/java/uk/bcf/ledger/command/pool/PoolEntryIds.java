package uk.bcf.ledger.command.pool;

/**
 * How a pool names the contributions and lines it is given: {@code C} or {@code L} and the number of the event that
 * added it in the pool's stream, from 1. The name follows from where the adding event is stored, so the answer to
 * a write (and its idempotent replay) can state it, and it never changes or repeats within a pool.
 */
final class PoolEntryIds {

    private PoolEntryIds() {}

    static String contribution(long aggregateSequence) {
        return "C" + (aggregateSequence + 1);
    }

    static String line(long aggregateSequence) {
        return "L" + (aggregateSequence + 1);
    }
}
