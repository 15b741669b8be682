package uk.bcf.ledger.benchmark.run;

import java.util.ArrayList;
import java.util.List;
import uk.bcf.ledger.benchmark.dataset.NationalDataset;
import uk.bcf.ledger.benchmark.dataset.SyntheticBoard;
import uk.bcf.ledger.benchmark.load.CommandClient;
import uk.bcf.ledger.benchmark.load.DatasetLoader;
import uk.bcf.ledger.benchmark.load.LoadPhase;
import uk.bcf.ledger.benchmark.load.Parallel;
import uk.bcf.ledger.benchmark.measure.AppendSlots;
import uk.bcf.ledger.benchmark.measure.GatewayAppends;
import uk.bcf.ledger.benchmark.measure.HttpAppends;
import uk.bcf.ledger.benchmark.measure.Profiled;
import uk.bcf.ledger.benchmark.measure.QuietMachine;
import uk.bcf.ledger.benchmark.measure.RawInserts;
import uk.bcf.ledger.benchmark.measure.Throughput;

/**
 * Measurement (1), with only the command service running: the dataset's first versions through the bulk-import
 * path (the events it stored over the wall time of its imports), single-figure POSTs from concurrent HTTP clients,
 * commands through the in-process gateway, and raw JDBC inserts of event-sized rows as the ceiling.
 */
final class AppendBenchmarks {

    private final BenchDatabase database;
    private final CommandClient client;
    private final DatasetLoader loader;
    private final AppendSlots slots;
    private final ResultsTable table;
    private final Profiled profiled;

    AppendBenchmarks(
            BenchDatabase database, CommandClient client, AppendSlots slots, ResultsTable table, Profiled profiled) {
        this.database = database;
        this.client = client;
        this.loader = new DatasetLoader(client);
        this.slots = slots;
        this.table = table;
        this.profiled = profiled;
    }

    void run(NationalDataset dataset, long commandPid) throws Exception {
        System.out.println(loader.boards(dataset));
        System.out.println(loader.populations(dataset));
        QuietMachine.await(RunSettings.QUIET_PATIENCE);
        long before = database.eventCount();
        Profiled.Outcome<LoadPhase> outcome = profiled.run(
                "bulk-import", commandPid, () -> database.eventCount() - before, () -> loader.firstVersions(dataset));
        LoadPhase imported = outcome.value();
        System.out.println(imported);
        System.out.println(outcome.profile());
        Throughput bulk = new Throughput(database.eventCount() - before, imported.seconds());
        table.note("CPU during the first-pass bulk import, " + outcome.cpu() + " (details: `" + outcome.file() + "`).");

        QuietMachine.await(RunSettings.QUIET_PATIENCE);
        Throughput http = httpAppends();
        QuietMachine.await(RunSettings.QUIET_PATIENCE);
        Throughput gateway = gatewayAppends();
        QuietMachine.await(RunSettings.QUIET_PATIENCE);

        RawInserts raw = new RawInserts(database::connect).prepare();
        Throughput batched = raw.batched(RunSettings.RAW_BATCHED_ROWS, RunSettings.RAW_ROUNDS);
        Throughput single = raw.rowPerTransaction(RunSettings.RAW_SINGLE_ROWS);
        double rowBytes = raw.meanRowBytes();
        raw.dropScratchTable();

        String baseline = "%,.0f rows/s".formatted(batched.perSecond());
        table.add(new ResultRow(
                "1a",
                "append, bulk import (`POST /api/imports`, %d files of ≤100,000 rows, %,d events)"
                        .formatted(imported.operations(), bulk.count()),
                "%,.0f events/s".formatted(bulk.perSecond()),
                baseline,
                percent(bulk.perSecond() / batched.perSecond()),
                "≥ 25% of raw",
                ResultRow.verdict(bulk.perSecond() / batched.perSecond() >= RunSettings.BULK_IMPORT_SHARE_TARGET)));
        table.add(new ResultRow(
                "1b",
                "append, single-figure `POST …/actuals`, %d HTTP clients (%,d events after %,d warm-up writes)"
                        .formatted(
                                RunSettings.HTTP_CLIENTS,
                                http.count(),
                                RunSettings.HTTP_CLIENTS * RunSettings.APPEND_WARM_UP),
                "%,.0f events/s".formatted(http.perSecond()),
                baseline,
                percent(http.perSecond() / batched.perSecond()),
                "reported beside 1a",
                ""));
        table.add(new ResultRow(
                "1c",
                "append, in-process `CommandGateway`, %d threads `RecordActualCommand` (%,d events after %,d warm-up commands)"
                        .formatted(
                                RunSettings.GATEWAY_THREADS,
                                gateway.count(),
                                RunSettings.GATEWAY_THREADS * RunSettings.APPEND_WARM_UP),
                "%,.0f events/s".formatted(gateway.perSecond()),
                baseline,
                percent(gateway.perSecond() / batched.perSecond()),
                "reported beside 1a",
                ""));
        table.add(ResultRow.informational(
                "1d",
                "raw JDBC insert, one row per transaction (%,d rows)".formatted(single.count()),
                "%,.0f rows/s".formatted(single.perSecond())));
        table.note(
                "Raw baseline (1): batched JDBC inserts (median of %d rounds of %,d rows, batches and commits of 1,000, driver defaults) into a table shaped like `event_store.domain_event_entry`, payloads and metadata copied from stored events (mean %.0f bytes): %s."
                        .formatted(RunSettings.RAW_ROUNDS, batched.count(), rowBytes, batched));
    }

    private Throughput httpAppends() {
        int clients = RunSettings.HTTP_CLIENTS;
        List<SyntheticBoard> boards =
                slots.boards("E07", clients, RunSettings.APPEND_WARM_UP + RunSettings.HTTP_WRITES_PER_CLIENT);
        Parallel.forEach(boards, clients, client::register);
        Throughput http = new HttpAppends(client)
                .run(
                        perClient(boards, clients, 0, RunSettings.APPEND_WARM_UP),
                        perClient(boards, clients, RunSettings.APPEND_WARM_UP, RunSettings.HTTP_WRITES_PER_CLIENT));
        System.out.println("HTTP single-figure appends: " + http);
        return http;
    }

    private Throughput gatewayAppends() {
        int threads = RunSettings.GATEWAY_THREADS;
        List<SyntheticBoard> boards =
                slots.boards("E08", threads, RunSettings.APPEND_WARM_UP + RunSettings.GATEWAY_WRITES_PER_THREAD);
        Parallel.forEach(boards, RunSettings.HTTP_CLIENTS, client::register);
        Throughput gateway = new GatewayAppends(database.jdbcUrl(), database.user(), RunSettings.ADMIN)
                .run(
                        perClient(boards, threads, 0, RunSettings.APPEND_WARM_UP),
                        perClient(boards, threads, RunSettings.APPEND_WARM_UP, RunSettings.GATEWAY_WRITES_PER_THREAD));
        System.out.println("In-process gateway appends: " + gateway);
        return gateway;
    }

    /** Each client's slots from {@code skip} on, {@code count} of them. */
    private List<List<AppendSlots.Slot>> perClient(List<SyntheticBoard> boards, int clients, int skip, int count) {
        List<List<AppendSlots.Slot>> lists = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            lists.add(slots.forClient(boards, clients, client, skip + count).subList(skip, skip + count));
        }
        return lists;
    }

    static String percent(double share) {
        return "%.0f%%".formatted(100 * share);
    }
}
