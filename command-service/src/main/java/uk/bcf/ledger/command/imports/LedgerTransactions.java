package uk.bcf.ledger.command.imports;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.shared.command.ImportFiguresCommand;
import uk.bcf.ledger.shared.imports.ImportResult;

/**
 * Sends an import's ledger commands in the two phases that make a file all-or-nothing: every ledger previews its
 * rows inside one read-only transaction; then every ledger with something to store applies its rows inside ONE
 * read-write transaction. Axon's {@code SpringTransactionManager} joins that transaction for each command's unit of
 * work instead of committing it, so the ledgers' events commit together, or roll back together when any command
 * fails. See docs/adr/0006-bulk-import.md.
 *
 * <p>The apply transaction first locks the event table against other appends (reads go on). Other writes wait
 * until the import commits and then take later positions, so the import's events fill one unbroken range of the
 * event stream: a tracking processor never sees later events commit while thousands of the import's positions are
 * still open gaps, which it would give up on beyond its maximum gap offset (10,000) and never project.
 */
@Component
class LedgerTransactions {

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;

    LedgerTransactions(CommandGateway commands, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
    }

    List<ImportResult> preview(List<ImportFiguresCommand> previews) {
        return readOnly.execute(status -> previews.stream().map(this::send).toList());
    }

    /**
     * Applies every command or nothing.
     *
     * @throws LedgerChanged when a ledger refuses a row it accepted in the preview
     */
    List<ImportResult> apply(List<ImportFiguresCommand> previews) {
        return readWrite.execute(status -> {
            jdbc.sql("lock table event_store.domain_event_entry in share row exclusive mode").update();
            List<ImportResult> results = new ArrayList<>();
            for (ImportFiguresCommand preview : previews) {
                ImportResult result = send(preview.applying());
                if (!result.clean()) {
                    throw new LedgerChanged(result);
                }
                results.add(result);
            }
            return results;
        });
    }

    private ImportResult send(ImportFiguresCommand command) {
        return commands.sendAndWait(command);
    }
}
