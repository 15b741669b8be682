package uk.bcf.ledger.benchmark.run;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import uk.bcf.ledger.benchmark.dataset.SyntheticBoard;
import uk.bcf.ledger.benchmark.load.CommandClient;
import uk.bcf.ledger.benchmark.load.Parallel;
import uk.bcf.ledger.benchmark.measure.AppendSlots;
import uk.bcf.ledger.benchmark.measure.Jcmd;
import uk.bcf.ledger.benchmark.measure.LatencyStats;
import uk.bcf.ledger.benchmark.measure.Profiled;
import uk.bcf.ledger.benchmark.measure.Prometheus;
import uk.bcf.ledger.benchmark.measure.QueryHeap;
import uk.bcf.ledger.benchmark.measure.QuietMachine;
import uk.bcf.ledger.benchmark.measure.RawRead;
import uk.bcf.ledger.benchmark.measure.ReadLatency;
import uk.bcf.ledger.benchmark.measure.Rebuild;
import uk.bcf.ledger.benchmark.measure.Throughput;
import uk.bcf.ledger.benchmark.measure.WriteToVisibleLag;

/**
 * Measurements (2) to (5), on the full dataset with the query service running as its own process: a full
 * rebuild of the read models beside a raw read of the event table, the query service's heap afterwards, read
 * latency of the performance view and the board report under concurrent clients, and write-to-visible lag.
 */
final class ReadBenchmarks {

    private final BenchDatabase database;
    private final CommandClient command;
    private final ServiceProcess query;
    private final AppendSlots slots;
    private final ResultsTable table;
    private final Profiled profiled;

    ReadBenchmarks(
            BenchDatabase database,
            CommandClient command,
            ServiceProcess query,
            AppendSlots slots,
            ResultsTable table,
            Profiled profiled) {
        this.database = database;
        this.command = command;
        this.query = query;
        this.slots = slots;
        this.table = table;
        this.profiled = profiled;
    }

    void run(List<String> boards, List<String> years) throws Exception {
        rebuild();
        heap();
        readLatency(boards, years);
        lag();
    }

    void rebuild() throws Exception {
        vacuum("before the rebuild");
        QuietMachine.await(RunSettings.QUIET_PATIENCE);
        long events = database.eventCount();
        long head = database.head();
        Profiled.Outcome<Rebuild.Result> outcome = profiled.run(
                "rebuild",
                query.pid(),
                () -> events,
                () -> new Rebuild(query.http()).run(events, head, RunSettings.PROJECTION_TIMEOUT));
        Throughput rebuilt = outcome.value().throughput();
        System.out.println(outcome.profile());
        QuietMachine.await(RunSettings.QUIET_PATIENCE);
        Throughput raw = new RawRead(database::connect).run();
        System.out.println("Raw read and deserialisation: " + raw);

        double share = rebuilt.perSecond() / raw.perSecond();
        boolean met =
                share >= RunSettings.REBUILD_SHARE_TARGET && rebuilt.perSecond() >= RunSettings.REBUILD_RATE_TARGET;
        table.add(new ResultRow(
                "2",
                "full rebuild of the read models from %,d events (%.0f s)".formatted(events, rebuilt.seconds()),
                "%,.0f events/s".formatted(rebuilt.perSecond()),
                "%,.0f events/s".formatted(raw.perSecond()),
                AppendBenchmarks.percent(share),
                "≥ 50% of raw and ≥ 20,000 events/s",
                ResultRow.verdict(met)));
        table.note(
                "Raw baseline (2): one sequential read of `event_store.domain_event_entry` in global order (fetch size 1,000), every payload deserialised into its event class with the services' Jackson 2 settings: %s."
                        .formatted(raw));
        table.note(
                "`VACUUM (ANALYZE)` of the database ran before the rebuild and before the read-latency measurements, as autovacuum would have by then: this machine's PostgreSQL runs with `autovacuum = off` (its CI configuration), under which each rebuild leaves the previous read model behind as dead rows and the planner has no statistics.");
        table.note("CPU during the rebuild, " + outcome.cpu() + " (details: `" + outcome.file() + "`).");
        if (outcome.value().stillFlaggedReplaying()) {
            table.note(
                    "Once every event was replayed, `GET /api/admin/read-models` still said `replaying: true` (and `bcf_projection_replaying` 1): Axon keeps the replay token until an event after the reset position arrives; the rebuild was timed to the last event processed.");
        }
    }

    /** Vacuums and analyses the database, as autovacuum would have by then (it is off on this machine's server). */
    private void vacuum(String when) throws java.sql.SQLException {
        long started = System.nanoTime();
        database.vacuumAnalyze();
        System.out.printf("VACUUM (ANALYZE) %s: %.1f s%n", when, (System.nanoTime() - started) / 1e9);
    }

    void heap() {
        QueryHeap.Heap heap = new QueryHeap(new Jcmd(query.pid()), new Prometheus(query.http())).afterGc();
        table.add(ResultRow.informational(
                "5",
                "query-service heap used after the rebuild and a GC (`jvm_memory_used_bytes{area=\"heap\"}`, -Xmx2g)",
                "%.0f MiB (committed %.0f MiB)".formatted(heap.usedMib(), heap.committedMib())));
        System.out.println(heap.heapInfo());
    }

    void readLatency(List<String> boards, List<String> years) throws Exception {
        vacuum("before the read-latency measurements");
        QuietMachine.await(RunSettings.QUIET_PATIENCE);
        ReadLatency latency = new ReadLatency(query.http(), RunSettings.READ_CLIENTS);
        Function<SplittableRandom, String> view = random -> "/api/boards/%s/performance/%s"
                .formatted(ReadLatency.pick(boards, random), ReadLatency.pick(years, random));
        Function<SplittableRandom, String> report = random -> "/api/boards/%s/reports/%s/Q2"
                .formatted(ReadLatency.pick(boards, random), ReadLatency.pick(years, random));
        Profiled.Outcome<LatencyStats> viewed = profiled.run(
                "view-latency",
                query.pid(),
                () -> 1L,
                () -> latency.run(view, "application/json", RunSettings.READ_WARM_UP, RunSettings.READ_MEASURED));
        LatencyStats views = viewed.value();
        System.out.println("Performance view: " + views + "; " + viewed.cpu());
        QuietMachine.await(RunSettings.QUIET_PATIENCE);
        Profiled.Outcome<LatencyStats> reported = profiled.run(
                "report-latency",
                query.pid(),
                () -> 1L,
                () -> latency.run(report, "text/html", RunSettings.READ_WARM_UP, RunSettings.READ_MEASURED));
        LatencyStats reports = reported.value();
        System.out.println("Board report (HTML): " + reports + "; " + reported.cpu());
        table.note("CPU while measuring the view latency (warm-up included), " + viewed.cpu()
                + "; the 16 client threads run on the same two cores.");
        table.note("CPU while measuring the report latency (warm-up included), " + reported.cpu() + ".");
        table.add(latencyRow(
                "3a",
                "performance view `GET /api/boards/{code}/performance/{fy}` (JSON)",
                views,
                RunSettings.VIEW_P99_TARGET_MILLIS));
        table.add(latencyRow(
                "3b",
                "board report `GET /api/boards/{code}/reports/{fy}/Q2` (HTML)",
                reports,
                RunSettings.REPORT_P99_TARGET_MILLIS));
    }

    private static ResultRow latencyRow(String number, String what, LatencyStats stats, double targetMillis) {
        return new ResultRow(
                number,
                "%s, %d clients, random boards and years (%,d requests, %,.0f/s, %d errors)"
                        .formatted(what, RunSettings.READ_CLIENTS, stats.count(), stats.perSecond(), stats.errors()),
                "p50 %.1f ms, p99 %.1f ms (max %.0f)"
                        .formatted(stats.p50Millis(), stats.p99Millis(), stats.maxMillis()),
                "",
                "",
                "p99 ≤ %.0f ms".formatted(targetMillis),
                ResultRow.verdict(stats.errors() == 0 && stats.p99Millis() <= targetMillis));
    }

    void lag() {
        QuietMachine.await(RunSettings.QUIET_PATIENCE);
        List<SyntheticBoard> boards = slots.boards("E09", 1, RunSettings.LAG_WRITES);
        Parallel.forEach(boards, 4, command::register);
        List<AppendSlots.Slot> writes = slots.forClient(boards, 1, 0, RunSettings.LAG_WRITES);
        WriteToVisibleLag.Result result =
                new WriteToVisibleLag(command, query.http()).run(writes, RunSettings.LAG_SPACING);
        System.out.println(
                "Write-to-visible lag: " + result.lag() + "; writes " + result.writes() + "; polls " + result.polls());
        LatencyStats lag = result.lag();
        table.add(new ResultRow(
                "4",
                "write (201) to visible on the query service, %d spaced writes, polled every 1 ms without `awaitPosition` (%d not visible within 10 s)"
                        .formatted(lag.count() + lag.errors(), lag.errors()),
                "p50 %.1f ms, p99 %.1f ms (max %.0f)".formatted(lag.p50Millis(), lag.p99Millis(), lag.maxMillis()),
                "",
                "",
                "p99 ≤ 100 ms",
                ResultRow.verdict(lag.errors() == 0 && lag.p99Millis() <= RunSettings.LAG_P99_TARGET_MILLIS)));
        table.note("The write round trip itself (POST to 201) was p50 %.1f ms, p99 %.1f ms."
                .formatted(result.writes().p50Millis(), result.writes().p99Millis()));
    }
}
