package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.Spend;
import uk.bcf.ledger.shared.pool.SpendRecordedEvent;

/**
 * The report's finance section drawn from a pool delivered to the projection: budgets by commissioner for the year
 * and the next, the iBCF table netting to zero, the carry-forward statement, spend to date against budget, the checks;
 * in £'000 when the pool was entered so, in pounds otherwise; in the page and the CSV.
 */
class FinanceSectionIT extends QueryServiceTestDatabase {

    private static final FinancialYear YEAR = FinancialYear.of("2019-20");
    private static final String AT = "2019-10-01T09:00:00Z";

    @Autowired
    WebApplicationContext context;

    @Test
    void aPoolInThousandsIsReportedInThousandsWithTheIbcfNettingToZero() throws Exception {
        String board = "FIN000001";
        ProjectionDriver projection = new ProjectionDriver(context);
        BromleyHistory.deliver(projection, board);
        deliverPool(projection, board, AmountUnit.THOUSANDS, "6313", "100", "806");

        Document report = page(board);
        String finance = report.select("#finance").text();

        assertThat(finance)
                .contains("Underspends of £806k during 2018-19 have been carried forward into 2019-20")
                .contains("2019-20 budget £'000", "2020-21 budget £'000")
                .contains("Total LA", "Total budget", "7,219")
                .contains("Grant allocation (in year)", "-6,313")
                .contains("Spend to date and outturn against budget");
        assertThat(report.select("#finance tfoot tr:contains(Net) td").first().text())
                .isEqualTo("0");
        assertThat(report.select(".finance-checks li").eachText())
                .anyMatch(check -> check.startsWith("BALANCE_IBCF: PASS"));
        assertThat(csv(board)).contains("FINANCE,carry-forward,statement").contains("FINANCE,check,result");
    }

    @Test
    void aPoolInPoundsIsReportedInPoundsWithSpendToDate() throws Exception {
        String board = "FIN000002";
        ProjectionDriver projection = new ProjectionDriver(context);
        BromleyHistory.deliver(projection, board);
        deliverPool(projection, board, AmountUnit.POUNDS, "6313000", "100000", "806000");

        String finance = page(board).select("#finance").text();

        assertThat(finance)
                .contains("2019-20 budget £", "Budget £", "Spend to date £")
                .contains("£806,000")
                .contains("25,000")
                .doesNotContain("£'000");
        assertThat(page(board)
                        .select("#finance table:contains(Outturn from) tbody tr:contains(Community beds) td")
                        .eachText())
                .as("a line with no spend recorded: not 0 spent and its whole budget under-spent")
                .containsExactly("806,000", "Not recorded", "Not recorded", "Not recorded");
        assertThat(page(board)
                        .select("#finance table:contains(Outturn from) tfoot td")
                        .eachText())
                .contains("25,000", "Not recorded for 2 of 3 lines");
    }

    private static void deliverPool(
            ProjectionDriver projection, String board, AmountUnit unit, String ibcf, String nhs, String carried) {
        projection.deliver(AT, contribution(board, "C1", FundingSource.IBCF, ibcf, unit, null));
        projection.deliver(AT, contribution(board, "C2", FundingSource.NHS_MINIMUM, nhs, unit, null));
        projection.deliver(
                AT, contribution(board, "C3", FundingSource.ADDITIONAL_LA, carried, unit, FinancialYear.of("2018-19")));
        projection.deliver(
                AT, line(board, "L4", "Reablement capacity", Commissioner.LA, FundingSource.NHS_MINIMUM, nhs, unit));
        projection.deliver(
                AT, line(board, "L5", "Learning disability growth", Commissioner.LA, FundingSource.IBCF, ibcf, unit));
        projection.deliver(
                AT, line(board, "L6", "Community beds", Commissioner.NHS, FundingSource.ADDITIONAL_LA, carried, unit));
        projection.deliver(
                AT,
                new SpendRecordedEvent(
                        board,
                        YEAR,
                        "L4",
                        Period.parse("2019-20-Q1"),
                        new Spend(new BigDecimal("25000"), new BigDecimal("100000"), AmountUnit.POUNDS),
                        1,
                        by()));
    }

    private static ContributionRecordedEvent contribution(
            String board, String id, FundingSource source, String amount, AmountUnit unit, FinancialYear from) {
        return new ContributionRecordedEvent(
                board,
                YEAR,
                id,
                new Contribution(source, null, new BigDecimal(amount), unit, from == null ? null : "underspend", from),
                1,
                by());
    }

    private static SchemeLineAddedEvent line(
            String board,
            String id,
            String name,
            Commissioner commissioner,
            FundingSource source,
            String amount,
            AmountUnit unit) {
        SchemeLine line = new SchemeLine(
                null,
                name,
                null,
                null,
                null,
                null,
                null,
                commissioner,
                null,
                null,
                null,
                source,
                new BigDecimal(amount),
                new BigDecimal(amount),
                unit,
                null);
        return new SchemeLineAddedEvent(board, YEAR, id, line, 1, by());
    }

    private static Provenance by() {
        return new Provenance("analyst", Instant.parse(AT), null, null);
    }

    private Document page(String board) throws Exception {
        return Jsoup.parse(body(board, MediaType.TEXT_HTML));
    }

    private String csv(String board) throws Exception {
        return body(board, MediaType.valueOf("text/csv"));
    }

    private String body(String board, MediaType type) throws Exception {
        MockMvc http = OperatorHttp.of(context);
        return http.perform(get("/api/boards/" + board + "/reports/2019-20/Q2").accept(type))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
