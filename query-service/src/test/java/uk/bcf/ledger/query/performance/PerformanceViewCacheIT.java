package uk.bcf.ledger.query.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * A performance view read twice is computed once, and a new event of its board is visible at the very next read:
 * the cached view is keyed by the board's change stamp, which every projection write renews.
 */
class PerformanceViewCacheIT extends QueryServiceTestDatabase {

    private static final String BOARD = "PVC00001";

    @Autowired
    ApplicationContext context;

    @Autowired
    ViewGateway views;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRepeatedReadIsServedFromTheCacheUntilAnEventChangesTheBoard() {
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-05-01T09:00:00Z", registered(BOARD, "Cached"));
        projection.deliver("2019-05-02T09:00:00Z", planSet(BOARD, "NEL", "2019-20-Q1", 6589));
        projection.deliver("2019-06-10T09:00:00Z", recorded(BOARD, "NEL", "2019-04", 1, 2134));

        double hitsBefore = hits();
        PerformanceView first = fetch(AsOf.now());
        PerformanceView second = fetch(AsOf.now());

        assertThat(second).isSameAs(first);
        assertThat(hits()).isEqualTo(hitsBefore + 1);
        assertThat(april(second)).isEqualByComparingTo("2134");

        projection.deliver("2019-07-10T09:00:00Z", corrected(BOARD, "NEL", "2019-04", 2, 2140, "late SUS data"));
        PerformanceView afterTheCorrection = fetch(AsOf.now());

        assertThat(april(afterTheCorrection)).isEqualByComparingTo("2140");
        assertThat(hits()).isEqualTo(hitsBefore + 1);
        assertThat(fetch(AsOf.at(Instant.parse("2019-06-30T00:00:00Z"))))
                .satisfies(asOfJune -> assertThat(april(asOfJune)).isEqualByComparingTo("2134"));
    }

    private PerformanceView fetch(AsOf asOf) {
        return views.fetch(
                new FetchPerformanceQuery(BOARD, FinancialYear.of("2019-20"), AsOfParameter.of(asOf)),
                PerformanceView.class);
    }

    private static BigDecimal april(PerformanceView view) {
        return view.rows().stream()
                .filter(row -> row.metric().equals("NEL") && row.period().equals("2019-04"))
                .map(PerformanceRow::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no NEL April row in " + view));
    }

    private double hits() {
        return meters.get("cache.gets")
                .tag("cache", "performance-views")
                .tag("result", "hit")
                .functionCounter()
                .count();
    }
}
