package uk.bcf.ledger.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.PeriodKind;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Spend;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * A line's spend is recorded per quarter of the pool's own year: the quarter's actual spend (negative for a net
 * refund) and, optionally, the forecast outturn for the year at that quarter, which is never negative.
 */
final class SpendPolicy {

    private SpendPolicy() {}

    static void checkPeriod(Period period, FinancialYear year) {
        if (period.kind() != PeriodKind.QUARTER || !period.financialYear().equals(year)) {
            throw Refusal.invalid(
                    "period",
                    "must be a quarter of " + year.code() + ", such as "
                            + year.quarter(1).code());
        }
    }

    static Spend check(Spend spend) {
        AmountUnit unit = AmountPolicy.unit(spend.unit());
        return new Spend(
                AmountPolicy.required("amount", spend.actual(), unit, true),
                AmountPolicy.optional("forecastOutturn", spend.forecastOutturn(), unit, false),
                unit);
    }
}
