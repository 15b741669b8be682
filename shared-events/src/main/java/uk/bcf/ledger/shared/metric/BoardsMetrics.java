package uk.bcf.ledger.shared.metric;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The definitions of a source that one board may use: the national metrics and its own local metrics. */
record BoardsMetrics(MetricDefinitionSource source, String boardCode) implements MetricDefinitionSource {

    @Override
    public List<MetricDefinition> all() {
        return source.all().stream()
                .filter(metric -> metric.appliesTo(boardCode))
                .toList();
    }

    @Override
    public Optional<MetricDefinition> find(String code) {
        return source.find(code).filter(metric -> metric.appliesTo(boardCode));
    }

    @Override
    public MetricDefinitionSource asOf(Instant moment) {
        MetricDefinitionSource then = source.asOf(moment);
        return then == source ? this : new BoardsMetrics(then, boardCode);
    }
}
