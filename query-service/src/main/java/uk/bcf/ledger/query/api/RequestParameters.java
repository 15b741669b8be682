package uk.bcf.ledger.query.api;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Periods;

/** Reads request parameters, turning malformed ones into {@link ReadRefused}. */
final class RequestParameters {

    private RequestParameters() {
    }

    static FinancialYear financialYear(String text) {
        try {
            return Periods.financialYear(text);
        } catch (InvalidPeriodException e) {
            throw ReadRefused.badRequest("fy", e.getMessage());
        }
    }
}
