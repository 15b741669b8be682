package uk.bcf.ledger.shared.metric;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.PeriodKind;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * What a valid metric definition is: turns a {@link MetricSpecification} into a {@link MetricDefinition}, or
 * refuses it with a {@link Refusal} naming the first field at fault. Used for an administrator's request, for the
 * seed, and whenever a service reads a stored definition (where an unknown value shape written by a newer build is
 * refused like any other fault, never thrown past the reader).
 */
public final class MetricDefinitionPolicy {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern BOARD = Pattern.compile("E\\d{8}");
    private static final int MAX_TEXT = 2_000;
    private static final int MAX_DECIMALS = 4;
    private static final int MAX_LAG_MONTHS = 36;

    private MetricDefinitionPolicy() {}

    /** The checked definition. */
    public static MetricDefinition definitionOf(MetricSpecification spec) {
        String code = required("code", spec.code());
        if (!CODE.matcher(code).matches()) {
            throw Refusal.invalid(
                    "code", "must be 2 to 40 capital letters, digits or underscores, starting with a letter");
        }
        ValueShape shape = named("shape", spec.shape(), ValueShape.class, true);
        Standardisation standardisation = spec.standardisation() == null
                ? Standardisation.NONE
                : named("standardisation", spec.standardisation(), Standardisation.class, false);
        FinancialYear firstYear = year("firstYear", required("firstYear", spec.firstYear()));
        FinancialYear lastYear = spec.lastYear() == null ? null : year("lastYear", spec.lastYear());
        FinancialYear baselineFrom = spec.baselineFrom() == null ? null : year("baselineFrom", spec.baselineFrom());
        boolean dailyRatePlans = Boolean.TRUE.equals(spec.dailyRatePlans());
        String populationAgeBand = optional("populationAgeBand", spec.populationAgeBand());
        String dailyRateUnit = optional("dailyRateUnit", spec.dailyRateUnit());
        checkAcrossFields(shape, standardisation, firstYear, lastYear, baselineFrom, populationAgeBand);
        if (dailyRatePlans && dailyRateUnit == null) {
            throw Refusal.invalid("dailyRateUnit", "is required when dailyRatePlans is true");
        }
        String boardCode = optional("boardCode", spec.boardCode());
        if (boardCode != null && !BOARD.matcher(boardCode).matches()) {
            throw Refusal.invalid("boardCode", "must be a board's ONS area code, such as E09000006");
        }
        return new MetricDefinition(
                code,
                required("name", spec.name()),
                required("unit", spec.unit()),
                shape,
                named("rollup", spec.rollup(), Rollup.class, false),
                named("goodDirection", spec.goodDirection(), Direction.class, false),
                kinds("actualPeriods", spec.actualPeriods()),
                kinds("planPeriods", spec.planPeriods()),
                dailyRatePlans,
                bounded("displayDecimals", spec.displayDecimals(), MAX_DECIMALS),
                populationAgeBand,
                bounded("publicationLagMonths", spec.publicationLagMonths(), MAX_LAG_MONTHS),
                firstYear,
                lastYear,
                required("defaultSource", spec.defaultSource()),
                required("definition", spec.definition()),
                optional("countLabel", spec.countLabel()),
                dailyRateUnit,
                standardisation,
                baselineFrom,
                boardCode,
                pausedYears(spec.pausedYears(), firstYear, lastYear));
    }

    private static void checkAcrossFields(
            ValueShape shape,
            Standardisation standardisation,
            FinancialYear firstYear,
            FinancialYear lastYear,
            FinancialYear baselineFrom,
            String populationAgeBand) {
        if (standardisation.isStandardised() && shape != ValueShape.RATE_PER_100K) {
            throw Refusal.invalid("standardisation", "only a RATE_PER_100K can be standardised");
        }
        if (shape == ValueShape.RATE_PER_100K && !standardisation.isStandardised() && populationAgeBand == null) {
            throw Refusal.invalid("populationAgeBand", "is required for a rate that is not standardised");
        }
        if (lastYear != null && lastYear.compareTo(firstYear) < 0) {
            throw Refusal.invalid("lastYear", "must not be before firstYear " + firstYear.code());
        }
        if (baselineFrom != null && baselineFrom.compareTo(firstYear) > 0) {
            throw Refusal.invalid("baselineFrom", "must not be after firstYear " + firstYear.code());
        }
    }

    private static <E extends Enum<E>> E named(String field, String text, Class<E> type, boolean codeChange) {
        String name = required(field, text);
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = String.join(
                    ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw Refusal.invalid(
                    field,
                    "unknown " + field + " '" + name + "'; known: " + known
                            + (codeChange ? " (a new value shape is a change to the code, not to the catalogue)" : ""));
        }
    }

    private static Set<PeriodKind> kinds(String field, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw Refusal.invalid(field, "is required: one or more of MONTH, QUARTER, YEAR");
        }
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        for (String name : names) {
            kinds.add(named(field, name, PeriodKind.class, false));
        }
        return kinds;
    }

    private static Set<FinancialYear> pausedYears(List<String> codes, FinancialYear firstYear, FinancialYear lastYear) {
        Set<FinancialYear> years = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            FinancialYear year = year("pausedYears", code);
            if (year.compareTo(firstYear) < 0 || (lastYear != null && year.compareTo(lastYear) > 0)) {
                throw Refusal.invalid("pausedYears", year.code() + " is outside the years in force");
            }
            years.add(year);
        }
        return years;
    }

    private static FinancialYear year(String field, String code) {
        try {
            return Periods.financialYear(code);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "must be a financial year such as 2023-24, was '" + code + "'");
        }
    }

    private static int bounded(String field, Integer value, int max) {
        if (value == null) {
            throw Refusal.invalid(field, "is required");
        }
        if (value < 0 || value > max) {
            throw Refusal.invalid(field, "must be between 0 and " + max);
        }
        return value;
    }

    private static String required(String field, String text) {
        String value = optional(field, text);
        if (value == null) {
            throw Refusal.invalid(field, "is required");
        }
        return value;
    }

    private static String optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw Refusal.invalid(field, "must be at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }
}
