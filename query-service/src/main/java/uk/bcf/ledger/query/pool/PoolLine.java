package uk.bcf.ledger.query.pool;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import uk.bcf.ledger.shared.pool.SchemeLine;

/**
 * A scheme line with what it spent: its fields as entered (amounts in their unit), its budget for the year and the
 * next in pounds, the quarters' spend, the spend to date, the outturn (the latest forecast given, else the spend to
 * date, as {@code outturnBasis} says) and the variance of the outturn against the budget (positive: overspend); the
 * last four are {@code null} while no quarter's spend is recorded for the line ({@link #spendRecorded()}).
 */
public record PoolLine(
        String lineId,
        int version,
        @JsonUnwrapped SchemeLine line,
        BigDecimal budget,
        BigDecimal nextYearBudget,
        List<QuarterSpend> quarters,
        BigDecimal spendToDate,
        BigDecimal outturn,
        String outturnBasis,
        BigDecimal variance) {

    /** Said of an outturn taken from the latest forecast given for the line. */
    public static final String FORECAST = "forecast";
    /** Said of an outturn that is the spend to date, where no forecast was given. */
    public static final String SPEND_TO_DATE = "spend to date";

    /** Whether any quarter's spend is recorded for the line. */
    public boolean spendRecorded() {
        return spendToDate != null;
    }
}
