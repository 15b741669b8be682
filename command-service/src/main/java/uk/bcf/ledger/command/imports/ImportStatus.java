package uk.bcf.ledger.command.imports;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an import does with one row. */
public enum ImportStatus {
    /** The figure has no current version: the row records it (or records it anew after a withdrawal). */
    NEW,
    /** The row differs from the current version: it becomes a correction or revision. */
    CHANGED,
    /** The row is identical to the current version: nothing is stored. */
    UNCHANGED,
    /** The row breaks a rule: the whole file is refused. */
    REFUSED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
