package uk.bcf.ledger.benchmark.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.bcf.ledger.benchmark.Options;
import uk.bcf.ledger.benchmark.dataset.DatasetGenerator;
import uk.bcf.ledger.benchmark.dataset.DatasetSpec;
import uk.bcf.ledger.benchmark.dataset.DatasetSummary;
import uk.bcf.ledger.benchmark.dataset.NationalDataset;
import uk.bcf.ledger.benchmark.dataset.SyntheticBoard;
import uk.bcf.ledger.benchmark.load.CommandClient;
import uk.bcf.ledger.benchmark.load.DatasetLoader;
import uk.bcf.ledger.benchmark.load.LoadPhase;
import uk.bcf.ledger.benchmark.measure.AppendSlots;
import uk.bcf.ledger.benchmark.measure.Profiled;
import uk.bcf.ledger.benchmark.measure.Rebuild;
import uk.bcf.ledger.benchmark.measure.Throughput;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * {@code scripts/benchmark.sh run}: generates the dataset, recreates the database {@value RunSettings#DATABASE},
 * starts the command service from its jar and loads the first versions through bulk imports while measuring
 * appends (1); then starts the query service from its jar, loads sign-offs, corrections and withdrawals while it
 * projects, waits for it to catch up, and measures the rebuild, heap, read latency and lag (2-5). Prints the
 * results table and writes it with the run's context to {@code var/benchmark/results-<time>.md}. Both services
 * are stopped at the end, also on failure.
 */
public final class BenchmarkRun {

    private final Options options;
    private final ResultsTable table = new ResultsTable();

    public BenchmarkRun(Options options) {
        this.options = options;
    }

    public void run() throws Exception {
        LocalDateTime started = LocalDateTime.now();
        Path out = options.out("var/benchmark");
        Files.createDirectories(out);
        DatasetSpec spec = options.spec();
        NationalDataset dataset = DatasetGenerator.standard().generate(spec);
        String summary = DatasetSummary.of(dataset);
        System.out.println(summary);

        BenchDatabase database = new BenchDatabase(
                options.value("database-url", RunSettings.DEFAULT_ADMIN_URL), RunSettings.DATABASE, RunSettings.USER);
        database.recreate();
        Map<String, String> environment = RunSettings.environment(database);
        AppendSlots slots =
                new AppendSlots(MetricCatalogue.standard(), spec.firstYear(), spec.lastYear(), spec.today());
        String commandUrl = "http://127.0.0.1:" + RunSettings.COMMAND_PORT;
        CommandClient client = new CommandClient(commandUrl, RunSettings.BENCH);

        Profiled profiled = new Profiled(out, database::connect, options.flag("profile"));
        try (ServiceProcess command = ServiceProcess.start(
                "command-service",
                RunSettings.COMMAND_JAR,
                RunSettings.COMMAND_PORT,
                environment,
                jvmOptions(),
                options.list("command-service-args"),
                out.resolve("logs/command-service.log"),
                RunSettings.BENCH)) {
            new CommandClient(commandUrl, RunSettings.ADMIN).createUser(RunSettings.BENCH, RunSettings.BENCH_ROLES);
            new AppendBenchmarks(database, client, slots, table, profiled).run(dataset, command.pid());
            long queryStarted = System.nanoTime();
            try (ServiceProcess query = ServiceProcess.start(
                    "query-service",
                    RunSettings.QUERY_JAR,
                    RunSettings.QUERY_PORT,
                    environment,
                    jvmOptions(),
                    options.list("query-service-args"),
                    out.resolve("logs/query-service.log"),
                    RunSettings.BENCH)) {
                loadTheRest(dataset, client);
                new Rebuild(query.http()).awaitCaughtUp(database.head(), RunSettings.PROJECTION_TIMEOUT);
                Throughput initial = Throughput.since(database.eventCount(), queryStarted);
                table.note(
                        "The query service's first projection after start-up, overlapping the loading of sign-offs, corrections and withdrawals: "
                                + initial + " (from process start to caught up).");
                List<String> boards =
                        dataset.boardList().stream().map(SyntheticBoard::code).toList();
                new ReadBenchmarks(database, client, query, slots, table, profiled).run(boards, years(spec));
            }
        }
        table.note("Events in the store at the end: %,d.".formatted(database.eventCount()));
        String report = report(started, spec, summary, database);
        Path results = out.resolve("results-" + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(results, report);
        System.out.println();
        System.out.println(report);
        System.out.println("written to " + results);
    }

    private List<String> jvmOptions() {
        List<String> jvm = new ArrayList<>(RunSettings.SERVICE_HEAP);
        if (options.flag("profile")) {
            jvm.addAll(RunSettings.PROFILING);
        }
        return jvm;
    }

    private void loadTheRest(NationalDataset dataset, CommandClient client) {
        DatasetLoader loader = new DatasetLoader(client);
        for (LoadPhase phase :
                List.of(loader.signOffs(dataset), loader.corrections(dataset), loader.withdrawals(dataset))) {
            System.out.println(phase);
            table.note("Loaded while the query service projected: "
                    + phase.toString().replaceAll("\\s+", " ").trim() + ".");
        }
    }

    static List<String> years(DatasetSpec spec) {
        List<String> years = new ArrayList<>();
        for (int start = spec.firstYear().startYear(); start <= spec.lastYear().startYear(); start++) {
            years.add(new FinancialYear(start).code());
        }
        return years;
    }

    private String report(LocalDateTime started, DatasetSpec spec, String summary, BenchDatabase database)
            throws java.sql.SQLException {
        return """
                # Benchmark run %s

                - command: `scripts/benchmark.sh run --seed %d --events %d%s` (Java main `uk.bcf.ledger.benchmark.BenchmarkMain`)
                - machine: %s
                - database: %s
                - dataset: %s
                - services: packaged jars as separate JVMs (%s), database `%s`, ports %d and %d; service arguments: command %s, query %s; finished %s

                %s""".formatted(
                        started.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                        spec.seed(),
                        spec.targetEvents(),
                        options.flag("profile") ? " --profile" : "",
                        MachineDescription.describe(),
                        database.describeServer(),
                        summary.replace('\n', ' '),
                        String.join(" ", RunSettings.SERVICE_HEAP),
                        RunSettings.DATABASE,
                        RunSettings.COMMAND_PORT,
                        RunSettings.QUERY_PORT,
                        options.list("command-service-args"),
                        options.list("query-service-args"),
                        LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                        table.markdown());
    }
}
