package uk.bcf.ledger.query.report;

import java.util.List;
import uk.bcf.ledger.query.projection.RestatementRow;
import uk.bcf.ledger.query.projection.SignOffRow;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/**
 * Builds the notice that says whether the figures of the report's year have been restated since the quarter's sign-off, from the
 * restatements between the sign-off and the report's moment: {@code Figures restated since sign-off on 21 November
 * 2019: yes, see below}, with each figure's value then and now and the reason.
 */
final class RestatementNoticeFactory {

    private RestatementNoticeFactory() {}

    /**
     * @param signOff the sign-off of the report's quarter, or null when it is not signed off
     * @param changes the board's restatements between the sign-off and the report's moment
     */
    static RestatementNotice of(SignOffRow signOff, List<RestatementRow> changes, FinancialYear year) {
        if (signOff == null) {
            return new RestatementNotice("Not signed off: no figures restated since a sign-off.", List.of());
        }
        List<RestatedFigure> figures = changes.stream()
                .filter(change -> Period.parse(change.period()).financialYear().equals(year))
                .map(RestatementNoticeFactory::restated)
                .toList();
        String since = "Figures restated since sign-off on " + ReportLabels.date(signOff.meetingDate()) + ": ";
        return new RestatementNotice(since + (figures.isEmpty() ? "no" : "yes, see below"), figures);
    }

    private static RestatedFigure restated(RestatementRow change) {
        String figure = change.kind().code() + " " + ReportLabels.period(Period.parse(change.period()));
        String was = ReportNumbers.components(change.oldValue(), change.oldNumerator(), change.oldDenominator());
        String now = change.newWithdrawn()
                ? "withdrawn"
                : ReportNumbers.components(change.newValue(), change.newNumerator(), change.newDenominator());
        return new RestatedFigure(
                change.metric(), figure, was, now, change.reason(), ReportLabels.date(change.changedAt()));
    }
}
