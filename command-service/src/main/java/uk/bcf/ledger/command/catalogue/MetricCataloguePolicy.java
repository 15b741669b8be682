package uk.bcf.ledger.command.catalogue;

import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.command.AmendMetricCommand;
import uk.bcf.ledger.shared.metric.MetricDefinitionPolicy;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * What may happen to a metric of the catalogue: a definition must pass {@link MetricDefinitionPolicy} and carry
 * the code it is stored under; an amendment needs a reason, a metric still in the catalogue and a change; a
 * retirement needs a reason and happens once. Definitions are stored in their checked, normalised form.
 */
final class MetricCataloguePolicy {

    private MetricCataloguePolicy() {}

    /** The normalised definition to store under the code. */
    static MetricSpecification definition(String code, MetricSpecification requested) {
        if (requested == null) {
            throw Refusal.invalid("definition", "is required");
        }
        if (requested.code() != null && !requested.code().equals(code)) {
            throw Refusal.invalid("code", "'" + requested.code() + "' does not match the metric's code '" + code + "'");
        }
        return MetricSpecification.of(MetricDefinitionPolicy.definitionOf(requested.withCode(code)));
    }

    /** The normalised definition that replaces the current one. */
    static MetricSpecification amendment(MetricSpecification current, boolean retired, AmendMetricCommand command) {
        requiredReason(command.reason());
        if (retired) {
            throw Refusal.conflict("code", command.code() + " has been retired; define a metric under a new code");
        }
        MetricSpecification amended = definition(command.code(), command.definition());
        if (amended.equals(current)) {
            throw Refusal.invalid("definition", "is the same as the current definition of " + command.code());
        }
        return amended;
    }

    static void checkRetirement(String code, boolean retired) {
        if (retired) {
            throw Refusal.conflict("code", code + " has already been retired");
        }
    }

    /** Why a metric is amended or retired: required, plain text. */
    static String requiredReason(String reason) {
        return TextRules.required("reason", reason, TextRules.MAX_REASON);
    }

    /** A definition's reason is optional; blank means none. */
    static String optionalReason(String reason) {
        return TextRules.optional("reason", reason, TextRules.MAX_REASON);
    }
}
