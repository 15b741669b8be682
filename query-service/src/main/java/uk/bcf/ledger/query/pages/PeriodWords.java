package uk.bcf.ledger.query.pages;

import java.time.format.TextStyle;
import java.util.Locale;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.period.Quarter;

/** A period in the words the documents use: {@code April 2019}, {@code Q1 2019-20}, {@code 2019-20}. */
public final class PeriodWords {

    private PeriodWords() {}

    public static String of(Period period) {
        if (period instanceof Month month) {
            return month.yearMonth().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                    + month.yearMonth().getYear();
        }
        if (period instanceof Quarter quarter) {
            return "Q" + quarter.number() + " " + quarter.financialYear().code();
        }
        return period.code();
    }

    /** The words for a period code; a code that is not a period is shown as it is. */
    public static String of(String code) {
        if (code == null) {
            return "";
        }
        try {
            return of(Periods.parse(code));
        } catch (InvalidPeriodException notAPeriod) {
            return code;
        }
    }
}
