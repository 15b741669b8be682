package uk.bcf.archfixtures.ledger.query.performance;

import com.fasterxml.jackson.annotation.JsonValue;

/** A plain calculation that only says how it is written in JSON: keeps CALCULATIONS_ARE_PLAIN_JAVA. */
public record PlainCalculation(int value) {

    @JsonValue
    public int half() {
        return value / 2;
    }
}
