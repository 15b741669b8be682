package uk.bcf.ledger.command.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.command.config.CommandServiceTest;

/**
 * A board found registered is remembered for the rest of its transaction, so an import's hundreds of ledger
 * commands for one board ask the database once per phase, and for that transaction only. The row is deleted
 * inside each (rolled-back) transaction to see whether the directory asks again.
 */
@CommandServiceTest
class BoardDirectoryIT {

    private static final String BOARD = "BDI00001";

    @Autowired
    BoardDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void registered() {
        directory.add(BOARD, "Board directory");
    }

    @Test
    void aBoardFoundInATransactionIsNotLookedUpAgainInIt() {
        boolean[] answers = inARolledBackTransaction(() -> {
            boolean first = directory.exists(BOARD);
            deleteTheRow();
            return new boolean[] {first, directory.exists(BOARD)};
        });

        assertThat(answers).containsExactly(true, true);
    }

    @Test
    void aLaterTransactionLooksItUpAfresh() {
        inARolledBackTransaction(() -> new boolean[] {directory.exists(BOARD)});

        boolean[] answers = inARolledBackTransaction(() -> {
            deleteTheRow();
            return new boolean[] {directory.exists(BOARD)};
        });

        assertThat(answers).containsExactly(false);
        assertThat(directory.exists(BOARD))
                .as("outside a transaction, once the deletion is rolled back")
                .isTrue();
    }

    @Test
    void anUnknownBoardIsLookedUpEveryTime() {
        boolean[] answers = inARolledBackTransaction(() -> {
            boolean first = directory.exists("BDI00002");
            directory.add("BDI00002", "registered later in the transaction");
            return new boolean[] {first, directory.exists("BDI00002")};
        });

        assertThat(answers).containsExactly(false, true);
    }

    private void deleteTheRow() {
        jdbc.sql("delete from command_side.known_board where code = ?")
                .param(BOARD)
                .update();
    }

    private boolean[] inARolledBackTransaction(Supplier<boolean[]> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }
}
