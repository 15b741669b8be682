package uk.bcf.ledger.command.figures;

import java.util.Locale;
import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.PeriodKind;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Commentary is written per quarter or year, as plain text of bounded length, and a new version must say something new. */
final class CommentaryPolicy {

    static final int MAX_TEXT = 10_000;

    private CommentaryPolicy() {}

    static String check(MetricDefinition metric, Period period, String text, String currentText) {
        if (period.kind() == PeriodKind.MONTH) {
            throw Refusal.invalid(
                    "period",
                    "commentary is written per quarter or year, not per "
                            + period.kind().name().toLowerCase(Locale.ROOT));
        }
        String checked = TextRules.required("text", text, MAX_TEXT);
        if (checked.equals(currentText)) {
            throw Refusal.invalid(
                    "text", "is identical to the current commentary for " + metric.code() + " " + period.code());
        }
        return checked;
    }
}
