package uk.bcf.ledger.benchmark.load;

/**
 * One step of loading the dataset and how long it took.
 *
 * @param name       what was loaded
 * @param operations requests sent (import files count once each)
 * @param events     events the command service reported storing
 * @param seconds    wall time
 */
public record LoadPhase(String name, long operations, long events, double seconds) {

    public double eventsPerSecond() {
        return seconds > 0 ? events / seconds : 0;
    }

    @Override
    public String toString() {
        return "%-28s %,10d requests %,10d events %8.1f s %,10.0f events/s"
                .formatted(name, operations, events, seconds, eventsPerSecond());
    }
}
