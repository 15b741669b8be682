package uk.bcf.ledger.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Import files made up for volume tests: for each board and financial year (2015-16 to 2019-20), the monthly
 * actuals and plans of NEL and delayed transfers and their year plans, 50 rows per board and year, with values
 * that differ from row to row.
 */
final class GeneratedFigures {

    static final String HEADER =
            "board,metric,period,kind,value,numerator,denominator,per_day,source,reason,published_value";
    static final int ROWS_PER_BOARD_YEAR = 50;
    static final int YEARS = 5;
    private static final int FIRST_YEAR = 2015;

    private GeneratedFigures() {}

    /** ONS-style codes of {@code count} made-up boards, numbered from {@code first}: E06100000 for 100000. */
    static List<String> boards(int first, int count) {
        return IntStream.range(first, first + count)
                .mapToObj(i -> "E06%06d".formatted(i))
                .toList();
    }

    /** The data rows (no header) for the boards, in board, year, metric order. */
    static List<String> rows(List<String> boards) {
        List<String> rows = new ArrayList<>();
        for (String board : boards) {
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                for (String metric : List.of("NEL", "DTOC")) {
                    rows.addAll(metricYear(board, metric, year, rows.size()));
                }
            }
        }
        return rows;
    }

    static String file(List<String> rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    private static List<String> metricYear(String board, String metric, int year, int seed) {
        List<String> rows = new ArrayList<>();
        String fy = "%d-%02d".formatted(year, (year + 1) % 100);
        rows.add(String.join(
                ",",
                board,
                metric,
                fy,
                "plan",
                String.valueOf(20_000 + seed % 997),
                "",
                "",
                "",
                "generated plan",
                "",
                ""));
        for (int month = 0; month < 12; month++) {
            String period = "%d-%02d".formatted(month < 9 ? year : year + 1, (month + 3) % 12 + 1);
            int value = 1_000 + (seed + month * 37) % 1_500;
            rows.add(String.join(
                    ",",
                    board,
                    metric,
                    period,
                    "plan",
                    String.valueOf(value + 25),
                    "",
                    "",
                    "",
                    "generated plan",
                    "",
                    ""));
            rows.add(String.join(
                    ",",
                    board,
                    metric,
                    period,
                    "actual",
                    "\"" + String.format(Locale.ROOT, "%,d", value) + "\"",
                    "",
                    "",
                    "",
                    "generated",
                    "",
                    ""));
        }
        return rows;
    }
}
