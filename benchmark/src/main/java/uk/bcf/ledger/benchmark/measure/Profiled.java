package uk.bcf.ledger.benchmark.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Runs a measured piece of work while watching the service that does it: CPU seconds of the service's JVM and of
 * PostgreSQL, PostgreSQL's table and database counters, and, when asked, a Java Flight Recording of the service,
 * summarised by {@link JfrSummary}. Everything is written to {@code <name>-profile.txt}.
 */
public final class Profiled {

    private final Path out;
    private final Supplier<Connection> connections;
    private final boolean flightRecording;

    public Profiled(Path out, Supplier<Connection> connections, boolean flightRecording) {
        this.out = out;
        this.connections = connections;
        this.flightRecording = flightRecording;
    }

    /**
     * What the work answered, with the CPU it cost and the profile text.
     *
     * @param <T> what the work answers
     */
    public record Outcome<T>(T value, CpuTimes.Usage cpu, String profile, Path file) {}

    /**
     * @param name   names the files, e.g. {@code rebuild}
     * @param pid    the service doing the work
     * @param events how many events the work handles, to state counters per event
     */
    public <T> Outcome<T> run(String name, long pid, Callable<Long> events, Callable<T> work) throws Exception {
        Jcmd jcmd = new Jcmd(pid);
        Path recording = out.resolve(name + ".jfr");
        DatabaseActivity before = DatabaseActivity.of(connections);
        CpuTimes cpuBefore = CpuTimes.of(pid);
        if (flightRecording) {
            jcmd.startRecording(name, recording);
        }
        T value = work.call();
        CpuTimes.Usage cpu = cpuBefore.until(CpuTimes.of(pid));
        if (flightRecording) {
            jcmd.stopRecording(name);
        }
        StringBuilder profile = new StringBuilder(name)
                .append(": ")
                .append(value)
                .append('\n')
                .append(cpu)
                .append('\n')
                .append("PostgreSQL counters that moved:\n")
                .append(before.changesUntil(DatabaseActivity.of(connections), events.call()));
        if (flightRecording) {
            profile.append("\nFlight recording ")
                    .append(recording)
                    .append(":\n")
                    .append(JfrSummary.of(recording));
        }
        Path file = out.resolve(name + "-profile.txt");
        write(file, profile.toString());
        return new Outcome<>(value, cpu, profile.toString(), file);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
