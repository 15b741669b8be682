package uk.bcf.ledger.command.pool;

import java.util.Arrays;
import java.util.Locale;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Reads the parts of a pool request that are not free text: the year in the URL, units and other named values. */
final class PoolRequests {

    private PoolRequests() {}

    static FinancialYear year(String text) {
        return yearField("fy", text);
    }

    static FinancialYear yearField(String field, String text) {
        try {
            return Periods.requestedFinancialYear(text);
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid(field, e.getMessage());
        }
    }

    /** Pounds unless stated: {@code POUNDS} or {@code THOUSANDS} (also {@code £'000}). */
    static AmountUnit unit(String text) {
        if (text == null || text.isBlank()) {
            return AmountUnit.POUNDS;
        }
        if (text.strip().equals("£'000")) {
            return AmountUnit.THOUSANDS;
        }
        return named("unit", text, AmountUnit.class);
    }

    /** The constant of the enum named by the text, ignoring case; null when absent. */
    static <E extends Enum<E>> E named(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid(
                        field,
                        "'" + text + "' is not one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(type.getEnumConstants())
                                                .map(Enum::name)
                                                .toList())));
    }
}
