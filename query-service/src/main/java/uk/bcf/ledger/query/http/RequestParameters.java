package uk.bcf.ledger.query.http;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Reads request parameters, turning malformed ones into {@link Refusal}. */
public final class RequestParameters {

    private RequestParameters() {}

    public static FinancialYear financialYear(String text) {
        try {
            return Periods.financialYear(text);
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid("fy", e.getMessage());
        }
    }

    public static Period period(String text) {
        try {
            return Periods.parse(text);
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid("period", e.getMessage());
        }
    }
}
