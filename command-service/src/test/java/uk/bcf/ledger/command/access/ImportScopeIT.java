package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET_ANALYST;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY_VIEWER;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A bulk import is held to the same board scope as single writes, row by row: a file naming another board is
 * refused whole (403), its own board's rows included, and even a preview of it, which would show the other
 * board's current figures, is refused.
 */
class ImportScopeIT extends AccessFixture {

    static final String HEADER =
            "board,metric,period,kind,value,numerator,denominator,per_day,source,reason,published_value\r\n";
    private static final String BARNET_ROW = BARNET + ",NEL,2019-07,actual,1700,,,,SUS,,\r\n";
    private static final String BROMLEY_ROW = BROMLEY + ",NEL,2019-04,actual,1,,,,forged,lowered,\r\n";

    @Test
    void aFileNamingAnotherBoardIsForbidden() {
        assertForbiddenAndNothingStored(() -> barnetAnalyst.csv("/api/imports", HEADER + BROMLEY_ROW));
        assertForbiddenAndNothingStored(
                () -> barnetAnalyst.upload("/api/imports", (HEADER + BROMLEY_ROW).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileMixingTheAnalystsBoardWithAnotherStoresNothingAtAll() {
        assertForbiddenAndNothingStored(() -> barnetAnalyst.csv("/api/imports", HEADER + BARNET_ROW + BROMLEY_ROW));
        assertForbiddenAndNothingStored(() -> barnetAnalyst.csv("/api/imports", HEADER + BROMLEY_ROW + BARNET_ROW));
    }

    @Test
    void aPreviewOfAnotherBoardsFiguresIsForbidden() {
        assertForbiddenAndNothingStored(() -> barnetAnalyst.csv("/api/imports?dryRun=true", HEADER + BROMLEY_ROW));
    }

    @Test
    void anImportIntoAnotherBoardsPathIsForbidden() {
        assertForbiddenAndNothingStored(() ->
                barnetAnalyst.csv("/api/boards/" + BROMLEY + "/imports", HEADER + ",NEL,2019-04,actual,1,,,,,,\r\n"));
    }

    @Test
    void rowsNamingAnotherBoardInAFileForTheAnalystsOwnBoardAreRefused() {
        JsonNode refused = tables.assertRefusedStoringNothing(
                () -> barnetAnalyst.csv("/api/boards/" + BARNET + "/imports", HEADER + BARNET_ROW + BROMLEY_ROW),
                422,
                "file");

        assertThat(refused.get("rows").get(1).get("column").asString()).isEqualTo("board");
    }

    @Test
    void aViewerImportsNothing() {
        assertForbiddenAndNothingStored(() -> operator.as(BROMLEY_VIEWER).csv("/api/imports", HEADER + BROMLEY_ROW));
        assertForbiddenAndNothingStored(
                () -> operator.as(BROMLEY_VIEWER).csv("/api/boards/" + BROMLEY + "/imports", HEADER + BROMLEY_ROW));
    }

    @Test
    void theAnalystsOwnRowsAloneAreImportedInTheAnalystsName() {
        HttpResponse<String> own = barnetAnalyst.csv("/api/imports", HEADER + BARNET_ROW);

        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(LedgerTables.author(tables.lastEventOf(BARNET + "/NEL/2019-20")))
                .isEqualTo(BARNET_ANALYST.name());
    }
}
