package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One line of a pool's expenditure plan, with the national template's fields. Several lines may share a scheme ID
 * (a scheme funded from two sources, or by two providers). Older board layouts have only the commissioner, the
 * scheme's name and the budgets for this year and the next; their other fields are null.
 *
 * @param schemeId         the scheme the line belongs to
 * @param type             scheme type from the year's national list, canonically spelt; null where the year has none
 * @param otherDescription what "Other" (type or area of spend) stands for
 * @param nhsPercent       the NHS share of a joint line, 0 to 100
 * @param laPercent        the LA share of a joint line; with {@code nhsPercent} it makes 100
 * @param amount           planned expenditure for the year, as entered in {@code unit}
 * @param nextYearAmount   the budget for the next year, where a board sets one; optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemeLine(
        String schemeId,
        String name,
        String description,
        String type,
        String subType,
        String otherDescription,
        String areaOfSpend,
        Commissioner commissioner,
        BigDecimal nhsPercent,
        BigDecimal laPercent,
        String provider,
        FundingSource source,
        BigDecimal amount,
        BigDecimal nextYearAmount,
        AmountUnit unit,
        SchemeStatus status) {

    /** The area of spend whose NHS-minimum lines count towards National Condition 2. */
    public static final String SOCIAL_CARE = "Social Care";

    /** The scheme type (and area of spend) that the 5% warning counts. */
    public static final String OTHER = "Other";

    public BigDecimal pounds() {
        return unit.pounds(amount);
    }

    public BigDecimal nextYearPounds() {
        return unit.pounds(nextYearAmount);
    }

    /** The share of the line the NHS commissions, 0 to 1: all of an NHS line, none of an LA line. */
    public BigDecimal nhsShare() {
        if (commissioner == Commissioner.JOINT) {
            return nhsPercent.movePointLeft(2);
        }
        return commissioner == Commissioner.NHS ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
