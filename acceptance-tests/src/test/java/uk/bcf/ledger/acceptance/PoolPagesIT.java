package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Issue 16 items 3-4 in the browser: an analyst uploads Bromley's 2019-20 pooled budget CSV on the query service's
 * page, sees the dry run as a table, applies it (relayed to the command service as the signed-in user), and reads
 * the pooled budget page: income, expenditure and balance by source, the lines' total budget and every check, in
 * pounds with thousands separators, linked from the year overview.
 */
class PoolPagesIT {

    private static final String BOARD = "E09900018";
    private static final String POOL = "/boards/" + BOARD + "/pool/2019-20";
    private static final TestUser ANALYST = TestUser.named("pool-page-analyst");
    private static final Pattern CONTENT =
            Pattern.compile("<textarea name=\"content\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern AWAIT =
            Pattern.compile("href=\"(/boards/" + BOARD + "/pool/2019-20\\?awaitPosition=\\d+)\"");

    @Test
    void anUploadedPoolIsPreviewedAppliedAndShownWithBromleysTotals() throws IOException {
        RunningServices services = RunningServices.get();
        Http admin = services.command.as(TestUser.ADMIN);
        assertThat(admin.send("POST", "/api/boards", "{\"code\":\"" + BOARD + "\",\"name\":\"Bromley pool page\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.send(
                                "POST",
                                "/api/admin/users",
                                "{\"username\":\"" + ANALYST.name() + "\",\"password\":\"" + ANALYST.password()
                                        + "\",\"roles\":[\"ANALYST\"],\"boards\":[\"" + BOARD + "\"]}")
                        .status())
                .isEqualTo(201);
        PageBrowser browser = PageBrowser.signedIn(services, ANALYST);
        String csv = Files.readString(Path.of("..", "demo", "bromley-2019-20-pool.csv"));
        assertThat(browser.open(POOL).statusCode()).as("no pool yet").isEqualTo(404);

        HttpResponse<String> choose = browser.open(POOL + "/imports");
        assertThat(choose.statusCode()).isEqualTo(200);
        assertThat(choose.body()).contains("<label class=\"govuk-label\" for=\"file\">CSV file</label>");

        HttpResponse<String> preview = browser.upload(POOL + "/imports", "file", "bromley-2019-20-pool.csv", csv);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Check the changes before you apply them")
                .contains("36 rows: 36 new, 0 changed, 0 unchanged, 0 refused")
                .contains("What each row of the file does")
                .contains("Apply the changes")
                .contains("Cancel and choose another file");
        Matcher previewed = CONTENT.matcher(preview.body());
        assertThat(previewed.find()).isTrue();

        HttpResponse<String> applied = browser.submit(
                POOL + "/imports/apply",
                Map.of("filename", "bromley-2019-20-pool.csv", "content", HtmlUtils.htmlUnescape(previewed.group(1))));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(applied.body()).contains("The file has been applied").contains("36 new");
        Matcher link = AWAIT.matcher(applied.body());
        assertThat(link.find()).as(applied.body()).isTrue();

        HttpResponse<String> pool = browser.open(link.group(1));
        assertThat(pool.statusCode()).as(pool.body()).isEqualTo(200);
        String page = pool.body().replaceAll("\\s+", " ");
        assertThat(page.split("<h1", -1)).hasSize(2);
        assertThat(page)
                .contains("2019-20 pooled budget</h1>")
                .contains("(34 lines)")
                .containsPattern("<tfoot>.*Total</th> <td[^>]*>£30,167,000</td>.*</tfoot>")
                .containsPattern("IBCF</th> <td[^>]*>£6,313,000</td> <td[^>]*>£6,313,000</td> <td[^>]*>£0</td>")
                .containsPattern("Total</th> <td[^>]*>£[0-9,]+</td> <td[^>]*>£30,167,000</td>")
                .contains("Every check of the pool, with its result and why")
                .containsPattern(
                        "BALANCE_IBCF</th> <td[^>]*> <strong class=\"govuk-tag govuk-tag--green\">pass</strong> </td> "
                                + "<td[^>]*>income £6,313,000, planned expenditure £6,313,000: balance £0</td>")
                .contains("fail</strong>")
                .contains("Upload a pooled budget CSV file");

        assertThat(browser.open(POOL + "?asOf=2000-01-02T00:00:00Z").statusCode())
                .as("as of a moment before the import there is no pool")
                .isEqualTo(404);
        assertThat(browser.open("/boards/" + BOARD + "/performance/2019-20").body())
                .contains("href=\"" + POOL + "\"");
    }
}
