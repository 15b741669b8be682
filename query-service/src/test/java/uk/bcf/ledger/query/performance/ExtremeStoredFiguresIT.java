package uk.bcf.ledger.query.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.bcf.ledger.query.TestEvents.by;
import static uk.bcf.ledger.query.TestEvents.registered;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/**
 * Stored data never makes a read answer 500: figures far beyond the plausible bounds the command side now enforces
 * (ADR 15), stored directly as events as older or foreign writers might have, still give a view, a page, a report in
 * HTML, PDF and CSV, a history and an SPC chart; a cell that cannot be computed says so or stays empty.
 */
class ExtremeStoredFiguresIT extends QueryServiceTestDatabase {

    private static final String BOARD = "XTR00001";

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void storeExtremeFigures() {
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-01-01T09:00:00Z", registered(BOARD, "Extreme board"));
        projection.deliver(
                "2019-01-01T09:00:00Z", new PopulationRecordedEvent(BOARD, 2019, "65+", 0L, 1, by("x", "x", null)));
        List<Measurement> months = List.of(
                new Measurement(new BigDecimal("1E+30"), null, null, null, null, null, null),
                Measurement.count(Long.MAX_VALUE),
                Measurement.count(-5),
                new Measurement(new BigDecimal("0.000000001"), null, null, null, null, null, null),
                Measurement.count(0),
                new Measurement(new BigDecimal("-1E+25"), null, null, null, null, null, null));
        for (int month = 0; month < months.size(); month++) {
            String period = java.time.YearMonth.of(2019, 4).plusMonths(month).toString();
            projection.deliver("2019-10-01T09:00:00Z", actual("NEL", period, months.get(month)));
        }
        projection.deliver("2019-10-01T09:00:00Z", plan("NEL", "2019-20-Q1", Measurement.count(0)));
        projection.deliver(
                "2019-10-01T09:00:00Z", plan("DTOC", "2019-20", Measurement.perDay(new BigDecimal("1E+20"))));
        projection.deliver(
                "2019-10-01T09:00:00Z", actual("RES_ADM_65", "2019-20-Q1", Measurement.ratio(Long.MAX_VALUE, 1)));
        projection.deliver(
                "2019-10-01T09:00:00Z",
                actual(
                        "RES_ADM_65",
                        "2019-20-Q2",
                        new Measurement(new BigDecimal("1E+25"), null, null, null, null, null, null)));
        projection.deliver("2019-10-01T09:00:00Z", plan("RES_ADM_65", "2019-20", Measurement.events(Long.MAX_VALUE)));
        projection.deliver("2019-10-01T09:00:00Z", actual("REABLEMENT_91", "2019-20-Q1", Measurement.ratio(5, 0)));
        projection.deliver("2019-10-01T09:00:00Z", actual("REABLEMENT_91", "2019-20-Q2", Measurement.ratio(-3, -7)));
        projection.deliver(
                "2019-10-01T09:00:00Z", plan("REABLEMENT_91", "2019-20", Measurement.percent(new BigDecimal("1E+40"))));
    }

    private static ActualRecordedEvent actual(String metric, String period, Measurement measurement) {
        return new ActualRecordedEvent(BOARD, metric, Period.parse(period), measurement, 1, by("x", "x", null));
    }

    private static PlanSetEvent plan(String metric, String period, Measurement measurement) {
        return new PlanSetEvent(BOARD, metric, Period.parse(period), measurement, 1, by("x", "x", null));
    }

    private MockMvc http() {
        return OperatorHttp.of(context);
    }

    @ParameterizedTest(name = "{0} answers without a server error")
    @ValueSource(
            strings = {
                "/api/boards/XTR00001/performance/2019-20|application/json",
                "/api/boards/XTR00001/performance/2019-20|text/csv",
                "/boards/XTR00001/performance/2019-20|text/html",
                "/api/boards/XTR00001/reports/2019-20/Q2|text/html",
                "/api/boards/XTR00001/reports/2019-20/Q2|application/pdf",
                "/api/boards/XTR00001/reports/2019-20/Q2|text/csv",
                "/api/boards/XTR00001/figures/NEL/2019-04/history|application/json",
                "/api/boards/XTR00001/spc/NEL?from=2019-04&to=2019-09|application/json"
            })
    void answersWithoutAServerError(String request) throws Exception {
        String[] parts = request.split("\\|");
        MvcResult result = http().perform(get(parts[0]).accept(parts[1])).andReturn();

        assertThat(result.getResponse().getStatus())
                .as(parts[0] + " " + result.getResponse().getContentAsString())
                .isLessThan(500);
    }
}
