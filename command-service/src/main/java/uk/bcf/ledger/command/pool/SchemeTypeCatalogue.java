package uk.bcf.ledger.command.pool;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * The national lists that scheme lines are classified by: scheme types and sub-types per financial year, and the
 * areas of spend. Data, like the metric catalogue: read from {@code pool/scheme-types.json} by
 * {@link PoolConfiguration}; a new year's list is a new entry there, not new code. A year without a list takes
 * lines without a type (the older board layouts, such as Bromley's 2019-20 budget, have none).
 */
public final class SchemeTypeCatalogue {

    private final List<String> areasOfSpend;
    private final List<SchemeTypeList> lists;

    public SchemeTypeCatalogue(List<String> areasOfSpend, List<SchemeTypeList> lists) {
        this.areasOfSpend = List.copyOf(areasOfSpend);
        this.lists = List.copyOf(lists);
    }

    /** The list in force in the year, if one is held. */
    public Optional<SchemeTypeList> listFor(FinancialYear year) {
        return lists.stream().filter(list -> list.covers(year)).findFirst();
    }

    public List<String> areasOfSpend() {
        return areasOfSpend;
    }

    /** The area of spend as the list spells it, if the name matches one ignoring case and repeated spaces. */
    Optional<String> areaOfSpend(String name) {
        return areasOfSpend.stream()
                .filter(area -> comparable(area).equals(comparable(name)))
                .findFirst();
    }

    static String comparable(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
