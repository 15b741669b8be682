package uk.bcf.ledger.benchmark.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run measured: CPU model and count, memory, the JVM. */
final class MachineDescription {

    private MachineDescription() {}

    static String describe() {
        return "%s, %d cores, %s memory; %s %s"
                .formatted(
                        cpuModel(),
                        Runtime.getRuntime().availableProcessors(),
                        memory(),
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.runtime.version"));
    }

    private static String cpuModel() {
        return line(Path.of("/proc/cpuinfo"), "model name");
    }

    private static String memory() {
        String total = line(Path.of("/proc/meminfo"), "MemTotal");
        try {
            long kib = Long.parseLong(total.replaceAll("\\D", ""));
            return "%.1f GiB".formatted(kib / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return total;
        }
    }

    private static String line(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
