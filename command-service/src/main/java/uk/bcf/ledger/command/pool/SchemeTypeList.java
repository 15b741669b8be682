package uk.bcf.ledger.command.pool;

import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * The national list of scheme types for a run of financial years, each type with its sub-types (none for a type
 * the template offers no sub-type for).
 *
 * @param firstYear the first year the list applies to
 * @param lastYear  the last year, or null while it is the latest list held
 * @param source    the published document the list is taken from
 */
public record SchemeTypeList(FinancialYear firstYear, FinancialYear lastYear, String source, List<SchemeType> types) {

    /** A scheme type and its sub-types. */
    public record SchemeType(String name, List<String> subTypes) {

        public SchemeType {
            subTypes = subTypes == null ? List.of() : List.copyOf(subTypes);
        }
    }

    public SchemeTypeList {
        types = List.copyOf(types);
    }

    boolean covers(FinancialYear year) {
        return year.compareTo(firstYear) >= 0 && (lastYear == null || year.compareTo(lastYear) <= 0);
    }

    /** The type whose name matches, ignoring case and repeated spaces. */
    Optional<SchemeType> find(String name) {
        String wanted = SchemeTypeCatalogue.comparable(name);
        return types.stream()
                .filter(type -> SchemeTypeCatalogue.comparable(type.name()).equals(wanted))
                .findFirst();
    }
}
