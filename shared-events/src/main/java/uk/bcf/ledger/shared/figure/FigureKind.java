package uk.bcf.ledger.shared.figure;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a figure is a plan or an actual. */
public enum FigureKind {
    PLAN,
    ACTUAL;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
