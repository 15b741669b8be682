package uk.bcf.ledger.command.pool;

import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * What a funding contribution must say: its source and a non-negative amount; optionally the contributing body
 * (one CCG's share of the NHS minimum) and a note. A carry-over of an earlier year's underspend is, as the
 * national template has it, an additional LA or NHS contribution naming the earlier year.
 */
final class ContributionPolicy {

    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 2000;

    private ContributionPolicy() {}

    static Contribution check(Contribution contribution, FinancialYear year) {
        if (contribution.source() == null) {
            throw Refusal.invalid(
                    "source", "is required: NHS_MINIMUM, DFG, IBCF, WINTER_PRESSURES, ADDITIONAL_LA or ADDITIONAL_NHS");
        }
        AmountUnit unit = AmountPolicy.unit(contribution.unit());
        FinancialYear from = contribution.carriedForwardFrom();
        if (from != null && from.compareTo(year) >= 0) {
            throw Refusal.invalid(
                    "carriedForwardFrom", "must be a year before " + year.code() + ", not " + from.code());
        }
        if (from != null && !contribution.source().takesCarryOvers()) {
            throw Refusal.invalid(
                    "source",
                    "a carry-over of an underspend is recorded as ADDITIONAL_LA or ADDITIONAL_NHS, not "
                            + contribution.source());
        }
        return new Contribution(
                contribution.source(),
                TextRules.optional("contributor", contribution.contributor(), MAX_NAME),
                AmountPolicy.required("amount", contribution.amount(), unit, false),
                unit,
                TextRules.optional("note", contribution.note(), MAX_NOTE),
                from);
    }
}
