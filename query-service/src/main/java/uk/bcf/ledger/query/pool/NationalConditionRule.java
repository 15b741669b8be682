package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;

/**
 * Whether the planned spend that counts towards a national condition meets the board's minimum (NC2: NHS-minimum
 * spend on social care; NC3: NHS-minimum spend commissioned by the NHS, the NHS share of joint lines), and whether
 * the outturn of that spend falls short of the minimum (an under-spend). The under-spend is not assessed while a
 * line that counts has no spend recorded: its outturn is unknown, not zero.
 */
final class NationalConditionRule {

    private NationalConditionRule() {}

    /**
     * @param everyLineRecorded whether every line that counts has spend recorded; the under-spend is null otherwise
     */
    static NationalCondition condition(
            BigDecimal minimum, BigDecimal planned, BigDecimal outturn, boolean everyLineRecorded) {
        Boolean met = minimum == null ? null : planned.compareTo(minimum) >= 0;
        BigDecimal underSpend = minimum == null || !everyLineRecorded
                ? null
                : minimum.subtract(outturn).max(BigDecimal.ZERO);
        return new NationalCondition(
                Pounds.shown(minimum), Pounds.pence(planned), met, Pounds.pence(outturn), Pounds.pence(underSpend));
    }

    static PoolCheck plan(String name, String counts, BigDecimal minimum, BigDecimal planned) {
        if (minimum == null) {
            return new PoolCheck(
                    name,
                    CheckResult.NOT_ASSESSED,
                    "no " + name + " minimum is set; planned " + counts + " " + Pounds.text(Pounds.pence(planned)));
        }
        String compared = "planned " + counts + " " + Pounds.text(Pounds.pence(planned)) + " against the minimum "
                + Pounds.text(minimum);
        return planned.compareTo(minimum) >= 0
                ? new PoolCheck(name, CheckResult.PASS, compared + ": met")
                : new PoolCheck(
                        name,
                        CheckResult.FAIL,
                        compared + ": " + Pounds.text(Pounds.pence(minimum.subtract(planned))) + " short");
    }

    /**
     * @param unrecorded how many of the lines that count have no spend recorded
     * @param counted    how many lines count towards the condition
     */
    static PoolCheck outturn(String name, BigDecimal minimum, BigDecimal outturn, long unrecorded, int counted) {
        String check = name + "_UNDERSPEND";
        if (minimum == null) {
            return new PoolCheck(check, CheckResult.NOT_ASSESSED, "no " + name + " minimum is set");
        }
        if (unrecorded > 0) {
            return new PoolCheck(
                    check,
                    CheckResult.NOT_ASSESSED,
                    "no spend recorded for " + unrecorded + " of the " + counted + " lines that count towards " + name
                            + ": under-spend not assessed until each has its spend");
        }
        String compared = "outturn " + Pounds.text(Pounds.pence(outturn))
                + " (the latest forecast of each line, else its spend to date) against the minimum "
                + Pounds.text(minimum);
        return outturn.compareTo(minimum) >= 0
                ? new PoolCheck(check, CheckResult.PASS, compared + ": no under-spend")
                : new PoolCheck(
                        check,
                        CheckResult.WARNING,
                        compared + ": under-spend of " + Pounds.text(Pounds.pence(minimum.subtract(outturn))));
    }
}
