package uk.bcf.ledger.query.http;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Reads request parameters, turning malformed ones and periods outside 2000-01 to 2049-50 into {@link Refusal}.
 */
public final class RequestParameters {

    private RequestParameters() {}

    public static FinancialYear financialYear(String text) {
        try {
            return Periods.requestedFinancialYear(text);
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid("fy", e.getMessage());
        }
    }

    public static Period period(String text) {
        try {
            return Periods.requested(text);
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid("period", e.getMessage());
        }
    }
}
