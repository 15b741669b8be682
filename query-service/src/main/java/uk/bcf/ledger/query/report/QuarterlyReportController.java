package uk.bcf.ledger.query.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.CsvMediaType;
import uk.bcf.ledger.query.http.ViewGateway;

/**
 * A board's quarterly performance report for Q1 up to a quarter of a financial year, as a page to read and print
 * ({@code text/html}), as CSV, or as PDF for the board pack; as known now or at a moment ({@code asOf}), and cut off
 * at a date ({@code cutoff}). The document states the moment its figures stand for and never the time it was made,
 * which goes in the {@code X-Generated-At} header instead: a report as of a sign-off is the same whenever asked for.
 */
@RestController
class QuarterlyReportController {

    static final String GENERATED_AT = "X-Generated-At";

    private static final String PATH = "/api/boards/{code}/reports/{fy}/{quarter}";
    private static final String HTML = "text/html;charset=UTF-8";
    private static final String STYLESHEET = "/report.css";
    private static final String CUTOFF = "the data cut-off date (ISO, e.g. 2019-11-21): nothing stored after the end "
            + "of that day, UK time, is in the report; by default the sign-off's meeting date for a report as of a "
            + "moment at which the quarter was signed off, else the day of the moment (today)";

    private final ViewGateway views;
    private final QuarterlyReportHtml page;
    private final QuarterlyReportPaperHtml paper;
    private final QuarterlyReportCsv csv = new QuarterlyReportCsv();

    QuarterlyReportController(ViewGateway views, QuarterlyReportHtml page, QuarterlyReportPaperHtml paper) {
        this.views = views;
        this.page = page;
        this.paper = paper;
    }

    @Operation(summary = "A board's quarterly performance report, Q1 to the quarter, as a page")
    @GetMapping(path = PATH, produces = HTML)
    ResponseEntity<String> html(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String quarter,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf,
            @Parameter(description = CUTOFF) @RequestParam(required = false) String cutoff,
            HttpServletRequest request) {
        QuarterlyReportView report = fetch(code, fy, quarter, asOf, cutoff);
        return answer(MediaType.parseMediaType(HTML)).body(page.render(report, request.getContextPath() + STYLESHEET));
    }

    @Operation(summary = "The same report as CSV, one line per table cell and statement")
    @GetMapping(path = PATH, produces = CsvMediaType.TEXT_CSV_UTF8)
    ResponseEntity<String> csv(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String quarter,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf,
            @Parameter(description = CUTOFF) @RequestParam(required = false) String cutoff) {
        QuarterlyReportView report = fetch(code, fy, quarter, asOf, cutoff);
        return answer(MediaType.parseMediaType(CsvMediaType.TEXT_CSV_UTF8)).body(csv.write(report));
    }

    @Operation(summary = "The same report as a board paper: a tagged PDF (PDF/UA) laid out for A4")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String quarter,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf,
            @Parameter(description = CUTOFF) @RequestParam(required = false) String cutoff) {
        QuarterlyReportView report = fetch(code, fy, quarter, asOf, cutoff);
        String filename = code + "-" + report.header().financialYear() + "-"
                + report.header().quarter() + ".pdf";
        ContentDisposition inline =
                ContentDisposition.inline().filename(filename).build();
        return answer(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, inline.toString())
                .body(QuarterlyReportPdf.render(paper.render(report), QuarterlyReportPaperHtml.BASE_URI));
    }

    private QuarterlyReportView fetch(String code, String fy, String quarter, String asOf, String cutoff) {
        return views.fetch(FetchQuarterlyReportQuery.of(code, fy, quarter, asOf, cutoff), QuarterlyReportView.class);
    }

    private static ResponseEntity.BodyBuilder answer(MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(GENERATED_AT, Instant.now().toString());
    }
}
