package uk.bcf.ledger.benchmark.load;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs work items on a fixed number of threads and waits for all; the first failure fails the whole. */
public final class Parallel {

    private Parallel() {}

    public static <T> void forEach(List<T> items, int threads, Consumer<T> work) {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = items.stream()
                    .<Future<?>>map(item -> executor.submit(() -> work.accept(item)))
                    .toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            executor.shutdownNow();
        }
    }
}
