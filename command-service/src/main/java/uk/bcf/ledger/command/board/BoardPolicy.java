package uk.bcf.ledger.command.board;

import uk.bcf.ledger.command.rules.PlausibleBounds;
import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.command.RecordPopulationCommand;
import uk.bcf.ledger.shared.command.RegisterBoardCommand;
import uk.bcf.ledger.shared.refusal.Refusal;

/** What makes a board registration and a population denominator acceptable. */
final class BoardPolicy {

    private static final int MAX_NAME = 120;
    private static final int MAX_AGE_BAND = 20;
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private BoardPolicy() {}

    static void checkRegistration(RegisterBoardCommand command) {
        checkCode(command.boardCode());
        TextRules.required("name", command.name(), MAX_NAME);
    }

    static void checkCode(String code) {
        if (!BoardCodes.isOnsCode(code)) {
            throw Refusal.invalid(
                    "code", "must be an ONS area code: a letter E, W, S or N and eight digits, e.g. E09000006");
        }
    }

    /** Checks the population and returns its source, which is required: a denominator without a source is meaningless. */
    static String checkPopulation(RecordPopulationCommand command) {
        if (command.year() < FIRST_YEAR || command.year() > LAST_YEAR) {
            throw Refusal.invalid("year", "must be a calendar year between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        TextRules.required("ageBand", command.ageBand(), MAX_AGE_BAND);
        if (command.count() <= 0) {
            throw Refusal.invalid("count", "must be greater than 0");
        }
        PlausibleBounds.count("count", command.count());
        return TextRules.required("source", command.source(), TextRules.MAX_SOURCE);
    }
}
