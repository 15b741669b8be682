package uk.bcf.ledger.query.http;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;

/** Reads request parameters, turning malformed ones into {@link ReadRefused}. */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static FinancialYear financialYear(String text) {
        try {
            return Periods.financialYear(text);
        } catch (InvalidPeriodException e) {
            throw ReadRefused.badRequest("fy", e.getMessage());
        }
    }

    public static Period period(String text) {
        try {
            return Periods.parse(text);
        } catch (InvalidPeriodException e) {
            throw ReadRefused.badRequest("period", e.getMessage());
        }
    }
}
