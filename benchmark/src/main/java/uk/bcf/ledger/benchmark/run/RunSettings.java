package uk.bcf.ledger.benchmark.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import uk.bcf.ledger.benchmark.load.Credentials;

/**
 * The fixed parameters of {@code scripts/benchmark.sh run}: ports, heaps, users, client counts, sizes and durations.
 */
final class RunSettings {

    static final String DATABASE = "bcf_bench";
    static final String USER = "postgres";
    static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    /** The administrator both services create at start-up ({@code BCF_ADMIN_USER}, {@code BCF_ADMIN_PASSWORD}). */
    static final Credentials ADMIN = new Credentials("bench-admin", "admin-of-the-benchmark-run");
    /** The user every measurement signs in as, created by the administrator, for every board. */
    static final Credentials BENCH = new Credentials("bench", "load-and-measure-user");

    static final List<String> BENCH_ROLES = List.of("ADMIN", "ANALYST", "AUDITOR", "MONITOR");
    static final int COMMAND_PORT = 18081;
    static final int QUERY_PORT = 18082;
    static final List<String> SERVICE_HEAP = List.of("-Xms2g", "-Xmx2g");
    static final List<String> PROFILING = List.of(
            "-XX:+UnlockDiagnosticVMOptions", "-XX:+DebugNonSafepoints", "-XX:FlightRecorderOptions:stackdepth=256");
    static final Path COMMAND_JAR = Path.of("command-service/target/command-service-0.1.0-SNAPSHOT-exec.jar");
    static final Path QUERY_JAR = Path.of("query-service/target/query-service-0.1.0-SNAPSHOT-exec.jar");

    static final int APPEND_WARM_UP = 250;
    static final int HTTP_CLIENTS = 8;
    static final int HTTP_WRITES_PER_CLIENT = 1_000;
    static final int GATEWAY_THREADS = 4;
    static final int GATEWAY_WRITES_PER_THREAD = 2_000;
    static final int RAW_BATCHED_ROWS = 100_000;
    static final int RAW_ROUNDS = 3;
    static final int RAW_SINGLE_ROWS = 3_000;

    static final int READ_CLIENTS = 16;
    static final Duration READ_WARM_UP = Duration.ofSeconds(15);
    static final Duration READ_MEASURED = Duration.ofSeconds(45);
    static final int LAG_WRITES = 300;
    static final Duration LAG_SPACING = Duration.ofMillis(75);
    static final Duration PROJECTION_TIMEOUT = Duration.ofMinutes(40);
    static final Duration QUIET_PATIENCE = Duration.ofMinutes(15);

    static final double BULK_IMPORT_SHARE_TARGET = 0.25;
    static final double REBUILD_SHARE_TARGET = 0.50;
    static final double REBUILD_RATE_TARGET = 20_000;
    static final double VIEW_P99_TARGET_MILLIS = 50;
    static final double REPORT_P99_TARGET_MILLIS = 200;
    static final double LAG_P99_TARGET_MILLIS = 100;

    private RunSettings() {}

    /** The environment of both services: the benchmark database, the ports, the administrator. */
    static Map<String, String> environment(BenchDatabase database) {
        return Map.of(
                "BCF_DATABASE_URL",
                database.jdbcUrl(),
                "BCF_DATABASE_USER",
                database.user(),
                "BCF_DATABASE_PASSWORD",
                "",
                "COMMAND_SERVICE_PORT",
                String.valueOf(COMMAND_PORT),
                "QUERY_SERVICE_PORT",
                String.valueOf(QUERY_PORT),
                "AXONIQ_UPDATE_CHECKER_DISABLED",
                "true",
                "BCF_ADMIN_USER",
                ADMIN.user(),
                "BCF_ADMIN_PASSWORD",
                ADMIN.password());
    }
}
