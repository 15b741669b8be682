package uk.bcf.ledger.shared.metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics in force from the seed and the stored metric events: a stored metric replaces the seed's metric of
 * the same code (a retired one removes it), and metrics only the store knows follow the seed's, in the order the
 * store lists them. The seed counts only where the store holds nothing for a code, which is the case for moments
 * before the seed was first loaded into the ledger (a store upgraded from the catalogue in the jar).
 *
 * <p>A stored specification that no longer passes {@link MetricDefinitionPolicy} (a value shape this build does not
 * know) is left out and reported in {@link Result#unreadable()}, never thrown: a reader of stored data must not fail
 * on it.
 */
public final class CatalogueOverlay {

    /** The metrics, and one line per stored metric left out. */
    public record Result(List<MetricDefinition> definitions, List<String> unreadable) {}

    private CatalogueOverlay() {}

    public static Result of(List<MetricDefinition> seed, List<StoredMetric> stored) {
        Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
        seed.forEach(metric -> metrics.put(metric.code(), metric));
        List<String> unreadable = new ArrayList<>();
        for (StoredMetric metric : stored) {
            if (metric.retired()) {
                metrics.remove(metric.code());
                continue;
            }
            try {
                metrics.put(metric.code(), MetricDefinitionPolicy.definitionOf(metric.specification()));
            } catch (RuntimeException refused) {
                metrics.remove(metric.code());
                unreadable.add(metric.code() + ": " + refused.getMessage());
            }
        }
        return new Result(List.copyOf(metrics.values()), List.copyOf(unreadable));
    }
}
