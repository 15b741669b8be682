package uk.bcf.ledger.command.imports;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.axon.EventStoreLock;
import uk.bcf.ledger.command.http.CommandSender;

/**
 * Sends an import's ledger commands in two phases. First every ledger classifies its rows in a read-only
 * transaction, storing nothing: a file with any refused row stops there, before a single event is inserted, so a
 * refused import takes no global position (a rolled-back insert would burn one per event, leaving gaps every
 * streaming processor must track; see docs/adr/0013-scale-out-and-faults.md). Only a clean file is sent again,
 * to the ledgers with something to store, inside ONE read-write transaction, which makes it all-or-nothing: Axon's
 * {@code SpringTransactionManager} joins it for each command's unit of work instead of committing it, so the
 * ledgers' events commit together, or roll back together when any command fails or a ledger changed in between.
 * See docs/adr/0006-bulk-import.md.
 *
 * <p>The apply transaction first locks the event store against other appends ({@link EventStoreLock}; reads go
 * on). Other writes wait until the import commits and then take later positions, so the import's events fill one
 * unbroken range of the event stream: a tracking processor never sees later events commit while thousands of the
 * import's positions are still open gaps, which it would give up on beyond its maximum gap offset (10,000) and
 * never project.
 */
@Component
class ImportTransaction {

    private final CommandSender commands;
    private final EventStoreLock eventStore;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;

    ImportTransaction(CommandSender commands, EventStoreLock eventStore, PlatformTransactionManager transactions) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
    }

    /** Every ledger classifies its rows; nothing is stored. */
    List<ImportResult> preview(List<ImportFiguresCommand> ledgers) {
        return readOnly.execute(status -> ledgers.stream().map(this::send).toList());
    }

    /**
     * Every ledger classifies its rows; only if none refused a row, the ledgers with something to store store it,
     * all in one transaction that rolls back unless every ledger's rows are still clean. A refused file inserts
     * nothing. The results are in the order of the ledgers; a ledger with nothing to store answers its preview.
     */
    List<ImportResult> apply(List<ImportFiguresCommand> ledgers) {
        List<ImportResult> previews = preview(ledgers);
        if (!previews.stream().allMatch(ImportResult::clean)) {
            return previews;
        }
        return readWrite.execute(status -> {
            eventStore.lockAppends();
            List<ImportResult> results = new ArrayList<>(previews);
            for (int ledger = 0; ledger < ledgers.size(); ledger++) {
                if (previews.get(ledger).events() > 0) {
                    results.set(ledger, send(ledgers.get(ledger).applying()));
                }
            }
            if (!results.stream().allMatch(ImportResult::clean)) {
                status.setRollbackOnly();
            }
            return List.copyOf(results);
        });
    }

    private ImportResult send(ImportFiguresCommand command) {
        return commands.sendAndWait(command);
    }
}
