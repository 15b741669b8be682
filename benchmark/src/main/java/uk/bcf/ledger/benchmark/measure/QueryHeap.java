package uk.bcf.ledger.benchmark.measure;

/**
 * The heap a service holds once garbage is collected: a GC hint through {@code jcmd GC.run}, then the sum of
 * {@code jvm_memory_used_bytes{area="heap"}} over all heap pools from its Prometheus scrape.
 */
public final class QueryHeap {

    private static final long SETTLE_MILLIS = 2_000;

    private final Jcmd jcmd;
    private final Prometheus prometheus;

    public QueryHeap(Jcmd jcmd, Prometheus prometheus) {
        this.jcmd = jcmd;
        this.prometheus = prometheus;
    }

    /** Used heap in MiB after a collection, and the committed heap beside it. */
    public record Heap(double usedMib, double committedMib, String heapInfo) {}

    public Heap afterGc() {
        jcmd.run("GC.run");
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double used = prometheus.sum("jvm_memory_used_bytes", "area=\"heap\"");
        double committed = prometheus.sum("jvm_memory_committed_bytes", "area=\"heap\"");
        return new Heap(
                used / (1024 * 1024),
                committed / (1024 * 1024),
                jcmd.run("GC.heap_info").strip());
    }
}
