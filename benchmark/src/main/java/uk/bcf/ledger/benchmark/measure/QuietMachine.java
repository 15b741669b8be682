package uk.bcf.ledger.benchmark.measure;

import java.time.Duration;

/**
 * Waits before a measurement until the machine is quiet: the machine is shared (a test run of the project itself
 * takes both cores), and a measurement taken under someone else's load says little. Gives up after a while and
 * says so; the CPU split printed with each measurement shows any load that came later.
 */
public final class QuietMachine {

    private static final Duration SAMPLE = Duration.ofSeconds(3);
    private static final double QUIET_SHARE = 0.25;

    private QuietMachine() {}

    /** @return whether the machine was quiet before {@code patience} ran out */
    public static boolean await(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            CpuTimes before = CpuTimes.of(ProcessHandle.current().pid());
            sleep(SAMPLE);
            CpuTimes.Usage usage =
                    before.until(CpuTimes.of(ProcessHandle.current().pid()));
            double share = usage.machineSeconds()
                    / (usage.wallSeconds() * Runtime.getRuntime().availableProcessors());
            if (share < QUIET_SHARE) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                System.out.printf(
                        "  the machine is still %.0f%% busy with other work; measuring anyway%n", 100 * share);
                return false;
            }
            if (!told) {
                System.out.printf(
                        "  the machine is %.0f%% busy with other work; waiting for it to finish%n", 100 * share);
                told = true;
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
