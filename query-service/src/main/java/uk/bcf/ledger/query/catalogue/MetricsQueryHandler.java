package uk.bcf.ledger.query.catalogue;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricSpecification;

/**
 * Answers {@link FetchMetricsQuery} from the catalogue as it stood at the query's moment: national metrics and
 * boards' local metrics alike (a local metric names its {@code boardCode}).
 */
@Component
class MetricsQueryHandler {

    private final AsOfResolver moments;
    private final MetricCatalogue catalogue;

    MetricsQueryHandler(AsOfResolver moments, MetricCatalogue catalogue) {
        this.moments = moments;
        this.catalogue = catalogue;
    }

    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public MetricsView handle(FetchMetricsQuery query) {
        AsOf asOf = moments.resolveInstant("asOf", query.asOf());
        MetricCatalogue then = asOf.isNow() ? catalogue : catalogue.asOf(asOf.instant());
        return new MetricsView(then.all().stream()
                .filter(metric -> query.year() == null || metric.inForce(query.year()))
                .map(MetricSpecification::of)
                .toList());
    }
}
