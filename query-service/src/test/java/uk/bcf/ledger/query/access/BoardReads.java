package uk.bcf.ledger.query.access;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every read of one board's data the query service maps (each {@code @GetMapping} under {@code /api/boards/{code}}
 * and {@code /boards/{code}}), in each of its formats, now, as of an instant and as of a sign-off.
 */
final class BoardReads {

    /** One request: what it reads, its path and query, and the {@code Accept} header (none when null). */
    record Read(String name, String path, String accept) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";
    private static final String HTML = "text/html";

    private BoardReads() {}

    static Stream<Read> of(String board) {
        String api = "/api/boards/" + board;
        String fy = TwoBoards.FINANCIAL_YEAR;
        List<Read> reads = new ArrayList<>();
        for (String moment : List.of("", TwoBoards.INSTANT, TwoBoards.SIGN_OFF)) {
            String asOf = moment.isEmpty() ? "" : "asOf=" + moment;
            String at = moment.isEmpty() ? "" : " as of " + moment;
            reads.add(read("performance view" + at, api + "/performance/" + fy, asOf, JSON));
            reads.add(read("performance CSV (Accept)" + at, api + "/performance/" + fy, asOf, CSV));
            reads.add(
                    read("performance CSV (format)" + at, api + "/performance/" + fy, join("format=csv", asOf), null));
            reads.add(read("quarterly report HTML" + at, api + "/reports/" + fy + "/Q2", asOf, HTML));
            reads.add(
                    read("quarterly report PDF" + at, api + "/reports/" + fy + "/Q2", join("format=pdf", asOf), null));
            reads.add(read("quarterly report CSV" + at, api + "/reports/" + fy + "/Q2", asOf, CSV));
            reads.add(read("actual" + at, api + "/figures/NEL/2019-04", asOf, JSON));
            reads.add(read("actual history" + at, api + "/figures/NEL/2019-04/history", asOf, JSON));
            reads.add(read("actual history CSV" + at, api + "/figures/NEL/2019-04/history", asOf, CSV));
            reads.add(read("plan" + at, api + "/plans/NEL/2019-20-Q1", asOf, JSON));
            reads.add(read("plan history" + at, api + "/plans/NEL/2019-20-Q1/history", asOf, JSON));
            reads.add(read("plan history CSV" + at, api + "/plans/NEL/2019-20-Q1/history", asOf, CSV));
            reads.add(read("restatements" + at, api + "/restatements", join("since=sign-off:2019-20-Q1", asOf), JSON));
            reads.add(
                    read("restatements CSV" + at, api + "/restatements", join("since=sign-off:2019-20-Q1", asOf), CSV));
            reads.add(read("sign-offs" + at, api + "/sign-offs", asOf, JSON));
            reads.add(read("sign-offs CSV" + at, api + "/sign-offs", asOf, CSV));
            reads.add(read("SPC chart" + at, api + "/spc/NEL", join("from=2019-04&to=2019-08", asOf), JSON));
            reads.add(read("performance page" + at, "/boards/" + board + "/performance/" + fy, asOf, HTML));
        }
        return reads.stream();
    }

    private static Read read(String name, String path, String query, String accept) {
        return new Read(name, query.isEmpty() ? path : path + "?" + query, accept);
    }

    private static String join(String query, String asOf) {
        return asOf.isEmpty() ? query : query + "&" + asOf;
    }
}
