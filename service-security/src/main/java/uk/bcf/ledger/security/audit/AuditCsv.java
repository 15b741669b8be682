package uk.bcf.ledger.security.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit trail as CSV (RFC 4180, CRLF), columns {@code at,actor,action,subject,detail,client_address}. A cell a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is neutralised with a
 * leading single quote: actor names of failed sign-ins are whatever a client sent.
 */
final class AuditCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final String HEADER = "at,actor,action,subject,detail,client_address\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private AuditCsv() {}

    static String of(List<AuditEntry> entries) {
        return HEADER
                + entries.stream()
                        .map(entry -> Stream.of(
                                                entry.at().toString(),
                                                entry.actor(),
                                                entry.action(),
                                                entry.subject(),
                                                entry.detail(),
                                                entry.clientAddress())
                                        .map(AuditCsv::cell)
                                        .collect(Collectors.joining(","))
                                + "\r\n")
                        .collect(Collectors.joining());
    }

    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quoted = safe.contains(",") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n");
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
