package uk.bcf.ledger.command.board;

import java.util.regex.Pattern;

/** Board codes are ONS area codes: a country letter and eight digits, e.g. E09000006 for Bromley. */
public final class BoardCodes {

    private static final Pattern ONS_CODE = Pattern.compile("[EWSN]\\d{8}");

    private BoardCodes() {}

    public static boolean isOnsCode(String code) {
        return code != null && ONS_CODE.matcher(code).matches();
    }
}
