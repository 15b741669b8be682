package uk.bcf.ledger.command.pool;

import java.math.BigDecimal;
import java.util.Optional;
import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * What a scheme line must say. Every line names its scheme, its commissioner and its planned expenditure. In a
 * year with a national list of scheme types (a template year) a line also needs, as the template does, a scheme
 * ID, a type from that list (and a sub-type where the type has them), an area of spend, a provider, a source of
 * funding and whether it is new or existing; in other years it may not carry a type, since there is no list to
 * check it against. "Other" as type, sub-type or area of spend needs a description. A joint line gives the NHS
 * and LA percentages, which make exactly 100; a line of one commissioner gives none.
 */
final class SchemeLinePolicy {

    static final int MAX_ID = 20;
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SchemeLinePolicy() {}

    static SchemeLine check(SchemeLine line, FinancialYear year, SchemeTypeCatalogue catalogue) {
        Optional<SchemeTypeList> list = catalogue.listFor(year);
        boolean templateYear = list.isPresent();
        String[] type = list.map(types -> classify(line, types)).orElseGet(() -> unclassified(line, year));
        String area = areaOfSpend(line.areaOfSpend(), catalogue, templateYear);
        boolean other =
                SchemeLine.OTHER.equals(type[0]) || SchemeLine.OTHER.equals(type[1]) || SchemeLine.OTHER.equals(area);
        String otherDescription = TextRules.optional("otherDescription", line.otherDescription(), MAX_NAME);
        if (other && otherDescription == null) {
            throw Refusal.invalid("otherDescription", "is required when the type, sub-type or area of spend is Other");
        }
        if (!other && otherDescription != null) {
            throw Refusal.invalid("otherDescription", "is only for a type, sub-type or area of spend of Other");
        }
        AmountUnit unit = AmountPolicy.unit(line.unit());
        return new SchemeLine(
                text("schemeId", line.schemeId(), MAX_ID, templateYear),
                TextRules.required("name", line.name(), MAX_NAME),
                TextRules.optional("description", line.description(), MAX_DESCRIPTION),
                type[0],
                type[1],
                otherDescription,
                area,
                commissioner(line),
                line.commissioner() == Commissioner.JOINT ? line.nhsPercent() : null,
                line.commissioner() == Commissioner.JOINT ? line.laPercent() : null,
                text("provider", line.provider(), MAX_NAME, templateYear),
                required("source", line.source(), templateYear),
                AmountPolicy.required("amount", line.amount(), unit, false),
                AmountPolicy.optional("nextYearAmount", line.nextYearAmount(), unit, false),
                unit,
                required("status", line.status(), templateYear));
    }

    private static String[] classify(SchemeLine line, SchemeTypeList list) {
        String name = TextRules.required("type", line.type(), MAX_NAME);
        SchemeTypeList.SchemeType type = list.find(name)
                .orElseThrow(() -> Refusal.invalid(
                        "type",
                        "'" + name + "' is not a scheme type of "
                                + list.firstYear().code() + "; the types are: "
                                + String.join(
                                        "; ",
                                        list.types().stream()
                                                .map(SchemeTypeList.SchemeType::name)
                                                .toList())));
        if (type.subTypes().isEmpty()) {
            if (line.subType() != null && !line.subType().isBlank()) {
                throw Refusal.invalid("subType", type.name() + " has no sub-types");
            }
            return new String[] {type.name(), null};
        }
        String subType = TextRules.required("subType", line.subType(), MAX_NAME);
        String canonical = type.subTypes().stream()
                .filter(sub -> SchemeTypeCatalogue.comparable(sub).equals(SchemeTypeCatalogue.comparable(subType)))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid(
                        "subType",
                        "'" + subType + "' is not a sub-type of " + type.name() + "; its sub-types are: "
                                + String.join("; ", type.subTypes())));
        return new String[] {type.name(), canonical};
    }

    private static String[] unclassified(SchemeLine line, FinancialYear year) {
        if (line.type() != null && !line.type().isBlank()
                || line.subType() != null && !line.subType().isBlank()) {
            throw Refusal.invalid(
                    "type", "no national list of scheme types is held for " + year.code() + ": leave it out");
        }
        return new String[] {null, null};
    }

    private static String areaOfSpend(String area, SchemeTypeCatalogue catalogue, boolean required) {
        String given = text("areaOfSpend", area, MAX_NAME, required);
        if (given == null) {
            return null;
        }
        return catalogue
                .areaOfSpend(given)
                .orElseThrow(() -> Refusal.invalid(
                        "areaOfSpend",
                        "'" + given + "' is not an area of spend; the areas are: "
                                + String.join("; ", catalogue.areasOfSpend())));
    }

    private static Commissioner commissioner(SchemeLine line) {
        Commissioner commissioner = line.commissioner();
        if (commissioner == null) {
            throw Refusal.invalid("commissioner", "is required: LA, NHS or JOINT");
        }
        if (commissioner != Commissioner.JOINT) {
            if (line.nhsPercent() != null || line.laPercent() != null) {
                throw Refusal.invalid("nhsPercent", "percentages are given for JOINT lines only");
            }
            return commissioner;
        }
        percent("nhsPercent", line.nhsPercent());
        percent("laPercent", line.laPercent());
        if (line.nhsPercent().add(line.laPercent()).compareTo(HUNDRED) != 0) {
            throw Refusal.invalid(
                    "laPercent",
                    "NHS " + line.nhsPercent().toPlainString() + "% and LA "
                            + line.laPercent().toPlainString() + "% must make 100%");
        }
        return commissioner;
    }

    private static void percent(String field, BigDecimal percent) {
        if (percent == null) {
            throw Refusal.invalid(field, "is required for a JOINT line");
        }
        if (percent.signum() < 0
                || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw Refusal.invalid(field, "must be from 0 to 100, with at most two decimals");
        }
    }

    private static String text(String field, String text, int maxLength, boolean required) {
        return required ? TextRules.required(field, text, maxLength) : TextRules.optional(field, text, maxLength);
    }

    private static <T> T required(String field, T value, boolean required) {
        if (required && value == null) {
            throw Refusal.invalid(field, "is required in a year with the national template's scheme types");
        }
        return value;
    }
}
