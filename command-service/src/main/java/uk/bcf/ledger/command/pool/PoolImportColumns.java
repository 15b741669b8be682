package uk.bcf.ledger.command.pool;

import java.util.List;

/**
 * The columns of a pool import file, in order; the first line must be exactly these names. A row is a
 * {@code contribution} (source, contributor, carried_forward_from, note, amount, unit) or a scheme {@code line} (the
 * template's fields, amount, next_year_amount, unit, status); {@code id} names the entry a row changes.
 */
final class PoolImportColumns {

    static final List<String> HEADER = List.of(
            "record",
            "id",
            "source",
            "contributor",
            "carried_forward_from",
            "note",
            "scheme_id",
            "name",
            "description",
            "type",
            "sub_type",
            "other_description",
            "area_of_spend",
            "commissioner",
            "nhs_percent",
            "la_percent",
            "provider",
            "amount",
            "next_year_amount",
            "unit",
            "status");

    private PoolImportColumns() {}
}
