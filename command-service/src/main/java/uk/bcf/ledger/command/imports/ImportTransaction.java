package uk.bcf.ledger.command.imports;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.axon.EventStoreLock;
import uk.bcf.ledger.command.http.CommandSender;

/**
 * Sends an import's ledger commands inside ONE transaction, which makes a file all-or-nothing: Axon's
 * {@code SpringTransactionManager} joins it for each command's unit of work instead of committing it, so the
 * ledgers' events commit together, or roll back together when any ledger refuses a row or any command fails. A
 * preview sends them in a read-only transaction instead. See docs/adr/0006-bulk-import.md.
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
     * Every ledger classifies its rows and stores its events if its own rows are clean; the whole transaction
     * rolls back unless every ledger's rows are, so that a refused file stores nothing.
     */
    List<ImportResult> apply(List<ImportFiguresCommand> ledgers) {
        return readWrite.execute(status -> {
            eventStore.lockAppends();
            List<ImportResult> results =
                    ledgers.stream().map(ledger -> send(ledger.applying())).toList();
            if (!results.stream().allMatch(ImportResult::clean)) {
                status.setRollbackOnly();
            }
            return results;
        });
    }

    private ImportResult send(ImportFiguresCommand command) {
        return commands.sendAndWait(command);
    }
}
