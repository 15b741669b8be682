package uk.bcf.ledger.benchmark.measure;

import java.util.List;
import java.util.stream.IntStream;
import uk.bcf.ledger.benchmark.load.CommandClient;
import uk.bcf.ledger.benchmark.load.Parallel;

/**
 * Events appended per second by single-figure {@code POST /api/boards/{code}/actuals} requests from concurrent
 * clients, each on boards of its own; every request must answer 201.
 */
public final class HttpAppends {

    private final CommandClient client;

    public HttpAppends(CommandClient client) {
        this.client = client;
    }

    /** Sends the warm-up slots (not measured), then the measured ones; each list is one client's, sent in order. */
    public Throughput run(List<List<AppendSlots.Slot>> warmUpPerClient, List<List<AppendSlots.Slot>> slotsPerClient) {
        send(warmUpPerClient);
        long total = slotsPerClient.stream().mapToLong(List::size).sum();
        long started = System.nanoTime();
        send(slotsPerClient);
        return Throughput.since(total, started);
    }

    private void send(List<List<AppendSlots.Slot>> slotsPerClient) {
        Parallel.forEach(
                IntStream.range(0, slotsPerClient.size()).boxed().toList(),
                slotsPerClient.size(),
                client -> slotsPerClient
                        .get(client)
                        .forEach(slot -> this.client.recordActual(
                                slot.board(),
                                slot.metric(),
                                slot.period(),
                                1_000 + Math.floorMod(slot.period().hashCode(), 500))));
    }
}
