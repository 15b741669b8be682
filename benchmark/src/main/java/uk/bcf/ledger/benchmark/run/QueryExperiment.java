package uk.bcf.ledger.benchmark.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.bcf.ledger.benchmark.Options;
import uk.bcf.ledger.benchmark.dataset.DatasetGenerator;
import uk.bcf.ledger.benchmark.measure.AppendSlots;
import uk.bcf.ledger.benchmark.measure.Profiled;
import uk.bcf.ledger.benchmark.measure.Rebuild;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/**
 * {@code scripts/benchmark.sh query}: repeats the query-side measurements (2, 3 and 5) on the database
 * {@value RunSettings#DATABASE} as a previous {@code run} left it, with the query service started from its jar with
 * the given {@code --query-service-args}, to try a setting's effect without loading the dataset again.
 * {@code --only rebuild} or {@code --only reads} picks one of them; {@code --query-jar PATH} runs another build of the
 * query service, such as one with a proposed change applied in a scratch copy of the repository.
 */
public final class QueryExperiment {

    private final Options options;

    public QueryExperiment(Options options) {
        this.options = options;
    }

    public void run() throws Exception {
        Path out = options.out("var/benchmark/query-experiment");
        Files.createDirectories(out);
        BenchDatabase database = new BenchDatabase(
                options.value("database-url", RunSettings.DEFAULT_ADMIN_URL), RunSettings.DATABASE, RunSettings.USER);
        if (database.eventCount() == 0) {
            throw new IllegalStateException(
                    RunSettings.DATABASE + " holds no events: run scripts/benchmark.sh run first");
        }
        List<String> jvm = new ArrayList<>(RunSettings.SERVICE_HEAP);
        if (options.flag("profile")) {
            jvm.addAll(RunSettings.PROFILING);
        }
        Map<String, String> environment = RunSettings.environment(database);
        List<String> arguments = options.list("query-service-args");
        String only = options.value("only", "rebuild,reads");
        ResultsTable table = new ResultsTable();
        Path jar = Path.of(options.value("query-jar", RunSettings.QUERY_JAR.toString()));
        try (ServiceProcess query = ServiceProcess.start(
                "query-service",
                jar,
                RunSettings.QUERY_PORT,
                environment,
                jvm,
                arguments,
                out.resolve("logs/query-service.log"),
                RunSettings.BENCH)) {
            new Rebuild(query.http()).awaitCaughtUp(database.head(), RunSettings.PROJECTION_TIMEOUT);
            ReadBenchmarks reads = new ReadBenchmarks(
                    database,
                    null,
                    query,
                    slots(),
                    table,
                    new Profiled(out, database::connect, options.flag("profile")));
            if (only.contains("rebuild")) {
                reads.rebuild();
                reads.heap();
            }
            if (only.contains("reads")) {
                reads.readLatency(boards(database), BenchmarkRun.years(options.spec()));
            }
        }
        table.note("Query service " + jar + ", arguments: " + arguments + ".");
        System.out.println(table.markdown());
    }

    private AppendSlots slots() {
        return new AppendSlots(
                MetricCatalogue.standard(),
                options.spec().firstYear(),
                options.spec().lastYear(),
                options.spec().today());
    }

    private static List<String> boards(BenchDatabase database) throws java.sql.SQLException {
        List<String> boards = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select code from command_side.known_board where code like '"
                        + DatasetGenerator.BOARD_PREFIX + "%' order by code")) {
            while (rows.next()) {
                boards.add(rows.getString(1));
            }
        }
        return boards;
    }
}
