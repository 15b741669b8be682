package uk.bcf.ledger.benchmark.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.bcf.ledger.benchmark.load.Credentials;
import uk.bcf.ledger.benchmark.load.HttpJson;

/**
 * One service run from its packaged jar as a separate JVM, with an explicit heap, on the benchmark database and
 * its own port; output goes to a log file. Stopped with SIGTERM (a graceful Spring shutdown), forcibly if it does
 * not end within 30 seconds, and also when the benchmark's JVM is ended early.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final Process process;
    private final HttpJson http;

    private ServiceProcess(String name, Process process, HttpJson http) {
        this.name = name;
        this.process = process;
        this.http = http;
    }

    /**
     * Starts the jar and waits until its liveness probe answers 200.
     *
     * @param environment extra environment (database URL, port)
     * @param jvmOptions  options before {@code -jar}, such as {@code -Xmx2g}
     * @param arguments   the application's arguments, such as Spring properties ({@code --name=value}) to try
     * @param user        whom {@link #http()} signs in as
     */
    public static ServiceProcess start(
            String name,
            Path jar,
            int port,
            Map<String, String> environment,
            List<String> jvmOptions,
            List<String> arguments,
            Path log,
            Credentials user)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -q -DskipTests package");
        }
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Daxoniq.update-checker.disabled=true");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        ServiceProcess service = new ServiceProcess(name, process, new HttpJson("http://127.0.0.1:" + port, user));
        service.awaitLive(log);
        return service;
    }

    public HttpJson http() {
        return http;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        System.out.printf("stopped %s (pid %d)%n", name, process.pid());
    }

    /** Waits for the liveness probe, asked anonymously: the user {@link #http()} signs in as may not exist yet. */
    private void awaitLive(Path log) {
        HttpJson probe = new HttpJson(http.baseUrl(), null);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (probe.status("/actuator/health/liveness", "application/json") == 200) {
                    System.out.printf("started %s (pid %d), log %s%n", name, process.pid(), log);
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        close();
        throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + "; see " + log);
    }
}
