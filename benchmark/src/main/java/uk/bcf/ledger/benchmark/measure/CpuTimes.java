package uk.bcf.ledger.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds used so far, from Linux's {@code /proc}: by one process, by the PostgreSQL processes that serve the
 * benchmark database (its backends and the server's own background processes; backends of other databases are
 * left out), and by the whole machine. Two snapshots around a measurement show where the machine's two cores went,
 * and how much went to work that is not the benchmark's (anything else running on the machine).
 *
 * @param process    user plus system seconds of the process
 * @param postgres   user plus system seconds of those PostgreSQL processes alive at the snapshot, by process id
 * @param machineBusy non-idle seconds of all cores
 * @param wall       when the snapshot was taken, in nanoseconds
 */
public record CpuTimes(double process, Map<Long, Double> postgres, double machineBusy, long wall) {

    private static final double TICKS_PER_SECOND = 100.0;
    private static final String DATABASE = "bcf_bench";

    public static CpuTimes of(long pid) {
        Map<Long, Double> postgres = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes
                    .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(path -> {
                        String stat = read(path.resolve("stat"));
                        if (stat != null
                                && stat.contains("(postgres)")
                                && servesTheBenchmark(read(path.resolve("cmdline")))) {
                            postgres.put(Long.parseLong(path.getFileName().toString()), seconds(stat));
                        }
                    });
        } catch (IOException e) {
            return new CpuTimes(0, Map.of(), 0, System.nanoTime());
        }
        String own = read(Path.of("/proc", String.valueOf(pid), "stat"));
        return new CpuTimes(own == null ? 0 : seconds(own), postgres, busySeconds(), System.nanoTime());
    }

    /** A backend names its database and client in its title; background processes name neither. */
    private static boolean servesTheBenchmark(String commandLine) {
        if (commandLine == null) {
            return false;
        }
        boolean backend = commandLine.contains("(") && commandLine.contains(")");
        return !backend || commandLine.contains(" " + DATABASE + " ");
    }

    /** What was used between this snapshot and a later one. */
    public Usage until(CpuTimes later) {
        double postgresSeconds = later.postgres.entrySet().stream()
                .mapToDouble(entry -> entry.getValue() - postgres.getOrDefault(entry.getKey(), 0.0))
                .sum();
        return new Usage(
                (later.wall - wall) / 1e9, later.process - process, postgresSeconds, later.machineBusy - machineBusy);
    }

    /**
     * CPU use over a window.
     *
     * @param wallSeconds     the window
     * @param processSeconds  CPU seconds of the process
     * @param postgresSeconds CPU seconds of PostgreSQL (processes alive at the end)
     * @param machineSeconds  busy CPU seconds of the machine
     */
    public record Usage(double wallSeconds, double processSeconds, double postgresSeconds, double machineSeconds) {

        /** CPU seconds the machine spent on neither the service nor the benchmark database's PostgreSQL processes. */
        public double otherSeconds() {
            return Math.max(0, machineSeconds - processSeconds - postgresSeconds);
        }

        @Override
        public String toString() {
            return "over %.1f s wall: service JVM %.1f CPU-s (%.0f%% of one core), PostgreSQL %.1f CPU-s (%.0f%%), everything else %.1f CPU-s; machine busy %.1f of %.1f CPU-s"
                    .formatted(
                            wallSeconds,
                            processSeconds,
                            100 * processSeconds / wallSeconds,
                            postgresSeconds,
                            100 * postgresSeconds / wallSeconds,
                            otherSeconds(),
                            machineSeconds,
                            wallSeconds * Runtime.getRuntime().availableProcessors());
        }
    }

    private static double seconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static double busySeconds() {
        String[] cpu = read(Path.of("/proc/stat"))
                .lines()
                .findFirst()
                .orElseThrow()
                .trim()
                .split("\\s+");
        long busy = 0;
        for (int i = 1; i < cpu.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(cpu[i]);
            }
        }
        return busy / TICKS_PER_SECOND;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            return null;
        }
    }
}
