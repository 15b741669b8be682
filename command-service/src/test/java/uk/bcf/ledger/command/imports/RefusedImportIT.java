package uk.bcf.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;

/**
 * A refused import takes no global position: its ledgers are checked before anything is inserted, so the event
 * table's sequence does not move and the corrected file's events follow the last stored event without a gap. A
 * rolled-back insert would burn one position per event, gaps every streaming processor then has to track.
 */
@CommandServiceTest
class RefusedImportIT {

    private static final String BOARD = "E06000042";
    private static final String CLEAN_ROWS = ImportCsvTest.HEADER + "\r\n"
            + ",NEL,2019-04,actual,1580,,,,,,\r\n"
            + ",NEL,2019-05,actual,1600,,,,,,\r\n"
            + ",DTOC,2019-04,actual,410,,,,,,\r\n"
            + ",DTOC,2019-05,actual,420,,,,,,\r\n"
            + ",REABLEMENT_91,2019-20-Q1,actual,70/80,,,,,,\r\n";
    /** The last ledger of the file is given one figure twice: refused after the others were classified clean. */
    private static final String ONE_ROW_REFUSED = CLEAN_ROWS + ",REABLEMENT_91,2019-20-Q1,actual,71/80,,,,,,\r\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void registerBoard() {
        new CommandHttp(port).json("POST", "/api/boards", "{\"code\":\"" + BOARD + "\",\"name\":\"Milton Keynes\"}");
    }

    @Test
    void aRefusedImportBurnsNoGlobalPositionAndTheCorrectedFileFollowsWithoutAGap() {
        long before = lastPositionTaken();

        HttpResponse<String> refused = new CommandHttp(port).csv("/api/boards/" + BOARD + "/imports", ONE_ROW_REFUSED);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(lastPositionTaken())
                .as("positions taken by the refused import")
                .isEqualTo(before);

        HttpResponse<String> corrected = new CommandHttp(port).csv("/api/boards/" + BOARD + "/imports", CLEAN_ROWS);

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(gapsAbove(before))
                .as("positions above the last before the imports that hold no event")
                .isZero();
    }

    /** The highest global position the event table's sequence has handed out, stored or not. */
    private long lastPositionTaken() {
        return jdbc.sql("select last_value from event_store.domain_event_entry_global_index_seq")
                .query(Long.class)
                .single();
    }

    private long gapsAbove(long position) {
        return jdbc.sql(
                        "select (max(global_index) - ?) - count(*) from event_store.domain_event_entry where global_index > ?")
                .params(position, position)
                .query(Long.class)
                .single();
    }
}
