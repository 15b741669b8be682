package uk.bcf.ledger.query.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.http.Moment;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.pages.PerformancePageView.PerformanceSection;
import uk.bcf.ledger.query.pages.PerformancePageView.SignOffLink;
import uk.bcf.ledger.query.performance.FetchPerformanceQuery;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.performance.PerformanceView;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.SignOffRepository;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Answers {@link FetchPerformancePageQuery}: the performance view as of the moment (through its own query, so that
 * its cache serves the page too), grouped by metric, and the year's sign-offs as known now, each a link to the view
 * as it was presented. One repeatable-read transaction holds every read.
 */
@Component
class PerformancePageQueryHandler {

    private final AsOfResolver moments;
    private final ViewGateway views;
    private final SignOffRepository signOffs;
    private final MetricCatalogue catalogue;

    PerformancePageQueryHandler(
            AsOfResolver moments, ViewGateway views, SignOffRepository signOffs, MetricCatalogue catalogue) {
        this.moments = moments;
        this.views = views;
        this.signOffs = signOffs;
        this.catalogue = catalogue;
    }

    /**
     * @throws Refusal 404 when the board has no sign-off the moment names, or was unknown then
     */
    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PerformancePageView handle(FetchPerformancePageQuery query) {
        String code = query.boardCode();
        Moment moment = moments.resolve(code, "asOf", query.asOf());
        PerformanceView view = views.fetch(
                new FetchPerformanceQuery(code, query.financialYear(), AsOfParameter.of(moment.asOf())),
                PerformanceView.class);
        Map<String, List<PerformanceRow>> byMetric = new LinkedHashMap<>();
        view.rows()
                .forEach(row -> byMetric.computeIfAbsent(row.metric(), metric -> new ArrayList<>())
                        .add(row));
        MetricCatalogue then =
                moment.asOf().isNow() ? catalogue : catalogue.asOf(moment.asOf().instant());
        return new PerformancePageView(
                view,
                moment,
                signOffLinks(code, query.financialYear()),
                byMetric.entrySet().stream()
                        .flatMap(
                                entry -> then
                                        .find(entry.getKey())
                                        .map(metric -> new PerformanceSection(metric, entry.getValue()))
                                        .stream())
                        .toList());
    }

    private List<SignOffLink> signOffLinks(String code, FinancialYear year) {
        return signOffs.of(code, AsOf.now()).stream()
                .filter(signOff -> signOff.period().financialYear().equals(year))
                .map(signOff -> new SignOffLink(
                        signOff.period().code(),
                        MomentCaption.DATE.format(signOff.meetingDate()),
                        AsOfParameter.SIGN_OFF_PREFIX + signOff.period().code()))
                .toList();
    }
}
