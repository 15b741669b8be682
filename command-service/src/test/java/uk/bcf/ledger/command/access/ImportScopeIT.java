package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET_ANALYST;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY_VIEWER;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.security.LedgerUsers;

/**
 * A bulk import is held to the same board scope as single writes, row by row: a file naming another board is
 * refused whole (403), its own board's rows included, and even a preview of it, which would show the other
 * board's current figures, is refused.
 */
@CommandServiceTest
class ImportScopeIT {

    static final String HEADER = "board,metric,period,kind,value,numerator,denominator,per_day,source,reason,published_value\r\n";
    private static final String BARNET_ROW = BARNET + ",NEL,2019-07,actual,1700,,,,SUS,,\r\n";
    private static final String BROMLEY_ROW = BROMLEY + ",NEL,2019-04,actual,1,,,,forged,lowered,\r\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LedgerUsers users;

    private CommandHttp barnet;
    private LedgerTables tables;

    @BeforeEach
    void prepare() {
        CommandHttp operator = new CommandHttp(port);
        AccessUsers.prepare(users, operator);
        barnet = operator.as(BARNET_ANALYST);
        tables = new LedgerTables(jdbc);
    }

    @Test
    void aFileNamingAnotherBoardIsForbidden() {
        assertForbiddenAndNothingStored(() -> barnet.csv("/api/imports", HEADER + BROMLEY_ROW));
        assertForbiddenAndNothingStored(() -> barnet.upload("/api/imports", (HEADER + BROMLEY_ROW).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileMixingTheAnalystsBoardWithAnotherStoresNothingAtAll() {
        assertForbiddenAndNothingStored(() -> barnet.csv("/api/imports", HEADER + BARNET_ROW + BROMLEY_ROW));
        assertForbiddenAndNothingStored(() -> barnet.csv("/api/imports", HEADER + BROMLEY_ROW + BARNET_ROW));
    }

    @Test
    void aPreviewOfAnotherBoardsFiguresIsForbidden() {
        assertForbiddenAndNothingStored(() -> barnet.csv("/api/imports?dryRun=true", HEADER + BROMLEY_ROW));
    }

    @Test
    void anImportIntoAnotherBoardsPathIsForbidden() {
        assertForbiddenAndNothingStored(() -> barnet.csv("/api/boards/" + BROMLEY + "/imports", HEADER + ",NEL,2019-04,actual,1,,,,,,\r\n"));
    }

    @Test
    void rowsNamingAnotherBoardInAFileForTheAnalystsOwnBoardAreRefused() {
        LedgerTables.Counts before = tables.counts();

        JsonNode refused = assertProblem(barnet.csv("/api/boards/" + BARNET + "/imports", HEADER + BARNET_ROW + BROMLEY_ROW), 422, "file");

        assertThat(refused.get("rows").get(1).get("column").asString()).isEqualTo("board");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void aViewerImportsNothing() {
        assertForbiddenAndNothingStored(() -> barnet.as(BROMLEY_VIEWER).csv("/api/imports", HEADER + BROMLEY_ROW));
        assertForbiddenAndNothingStored(() -> barnet.as(BROMLEY_VIEWER).csv("/api/boards/" + BROMLEY + "/imports", HEADER + BROMLEY_ROW));
    }

    @Test
    void theAnalystsOwnRowsAloneAreImportedInTheAnalystsName() {
        HttpResponse<String> own = barnet.csv("/api/imports", HEADER + BARNET_ROW);

        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(tables.lastEventOf(BARNET + "/NEL/2019-20").get("provenance").get("recordedBy").asString())
                .isEqualTo(BARNET_ANALYST.name());
    }

    private void assertForbiddenAndNothingStored(Supplier<HttpResponse<String>> attack) {
        LedgerTables.Counts before = tables.counts();

        assertProblem(attack.get(), 403, null);
        assertThat(tables.counts()).isEqualTo(before);
    }
}
