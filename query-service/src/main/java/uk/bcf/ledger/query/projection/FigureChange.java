package uk.bcf.ledger.query.projection;

import java.util.Locale;

/** What an event did to a plan or actual, as written in the {@code change} column of {@code figure_version}. */
enum FigureChange {
    SET,
    REVISED,
    RECORDED,
    CORRECTED,
    WITHDRAWN;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
