package uk.bcf.ledger.benchmark.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code jcmd} (from the running JDK) against a service's JVM: GC hints, heap info, flight recordings. */
public final class Jcmd {

    private final long pid;

    public Jcmd(long pid) {
        this.pid = pid;
    }

    public String run(String... command) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(String.valueOf(pid));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return output;
        } catch (IOException e) {
            return "jcmd failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "jcmd interrupted";
        }
    }

    public void startRecording(String name, Path file) {
        run("JFR.start", "name=" + name, "settings=profile", "filename=" + file.toAbsolutePath());
    }

    public void stopRecording(String name) {
        run("JFR.stop", "name=" + name);
    }
}
