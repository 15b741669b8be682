package uk.bcf.ledger.command.catalogue;

import java.util.function.IntSupplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.command.http.CommandSender;
import uk.bcf.ledger.security.audit.AccessAudit;
import uk.bcf.ledger.security.audit.Actor;
import uk.bcf.ledger.security.audit.AuditAction;
import uk.bcf.ledger.shared.command.AmendMetricCommand;
import uk.bcf.ledger.shared.command.DefineMetricCommand;
import uk.bcf.ledger.shared.command.RetireMetricCommand;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * An administrator's change to the catalogue: the command and its access-audit entry
 * ({@link AuditAction#METRIC_DEFINITION_CHANGED}) in one transaction, so both are stored or neither. A second
 * definition of a code is refused (409) before the aggregate is asked, a change of an unknown code is 404.
 */
@Service
class MetricAdministration {

    private final CommandSender commands;
    private final MetricDirectory directory;
    private final AccessAudit audit;
    private final TransactionTemplate transactions;

    MetricAdministration(
            CommandSender commands,
            MetricDirectory directory,
            AccessAudit audit,
            PlatformTransactionManager transactions) {
        this.commands = commands;
        this.directory = directory;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
    }

    int define(MetricSpecification definition, String reason, String author, Actor actor) {
        String code = definition.code();
        if (code == null || code.isBlank()) {
            throw Refusal.invalid("code", "is required");
        }
        return inTransaction(() -> {
            if (directory.knows(code)) {
                throw Refusal.conflict("code", code + " is already defined; amend it with PUT /api/metrics/" + code);
            }
            int version = commands.sendAndWait(new DefineMetricCommand(code, definition, author, null, reason));
            audit.record(actor, AuditAction.METRIC_DEFINITION_CHANGED, code, detail("defined", reason));
            return version;
        });
    }

    int amend(String code, MetricSpecification definition, String reason, String author, Actor actor) {
        return inTransaction(() -> {
            requireKnown(code);
            int version = commands.sendAndWait(new AmendMetricCommand(code, definition, author, reason));
            audit.record(actor, AuditAction.METRIC_DEFINITION_CHANGED, code, detail("amended", reason));
            return version;
        });
    }

    int retire(String code, String reason, String author, Actor actor) {
        return inTransaction(() -> {
            requireKnown(code);
            int version = commands.sendAndWait(new RetireMetricCommand(code, author, reason));
            audit.record(actor, AuditAction.METRIC_DEFINITION_CHANGED, code, detail("retired", reason));
            return version;
        });
    }

    private void requireKnown(String code) {
        if (!directory.knows(code)) {
            throw Refusal.notFound("code", "no metric is defined under '" + code + "'");
        }
    }

    private int inTransaction(IntSupplier change) {
        Integer version = transactions.execute(status -> change.getAsInt());
        return version == null ? 0 : version;
    }

    private static String detail(String what, String reason) {
        return reason == null || reason.isBlank() ? what : what + ": " + reason.strip();
    }
}
