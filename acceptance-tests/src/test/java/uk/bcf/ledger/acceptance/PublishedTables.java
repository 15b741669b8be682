package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published metric tables of Southend-on-Sea (2019-20 to 2021-22) and Barking and Dagenham (2016-17 outturns),
 * entered as printed through the command service's API, for the tests that read them back as views and as reports.
 */
final class PublishedTables {

    static final String SOUTHEND = "E06000033";
    static final String BARKING = "E09000002";

    private PublishedTables() {}

    /** Creates both boards and enters their figures; answers the event position of the last write. */
    static long enterInto(RunningServices services) {
        board(services, SOUTHEND, "Southend-on-Sea");
        board(services, BARKING, "Barking and Dagenham");
        String southend = "/api/boards/" + SOUTHEND;
        post(services, southend + "/actuals", "{\"metric\":\"AVOIDABLE_ADM\",\"period\":\"2020-21\",\"rate\":1037.2}");
        post(services, southend + "/plans", "{\"metric\":\"AVOIDABLE_ADM\",\"period\":\"2021-22\",\"rate\":1037.2}");
        for (String quarter : new String[] {"2021-22-Q3", "2021-22-Q4"}) {
            post(
                    services,
                    southend + "/plans",
                    "{\"metric\":\"LOS_14\",\"period\":\"" + quarter + "\",\"percent\":8.4}");
            post(
                    services,
                    southend + "/plans",
                    "{\"metric\":\"LOS_21\",\"period\":\"" + quarter + "\",\"percent\":3.9}");
        }
        post(
                services,
                southend + "/plans",
                "{\"metric\":\"DISCHARGE_USUAL_RES\",\"period\":\"2021-22\",\"percent\":93.1}");
        post(
                services,
                southend + "/plans",
                "{\"metric\":\"RES_ADM_65\",\"period\":\"2019-20\",\"numerator\":238,\"denominator\":36105,\"rate\":659}");
        post(
                services,
                southend + "/actuals",
                "{\"metric\":\"RES_ADM_65\",\"period\":\"2019-20\",\"numerator\":198,\"denominator\":35625,"
                        + "\"publishedValue\":556}");
        post(
                services,
                southend + "/actuals",
                "{\"metric\":\"RES_ADM_65\",\"period\":\"2020-21\",\"numerator\":171,\"denominator\":35661,\"rate\":480}");
        post(
                services,
                southend + "/plans",
                "{\"metric\":\"RES_ADM_65\",\"period\":\"2021-22\",\"numerator\":200,\"denominator\":36273,\"rate\":550}");
        post(
                services,
                southend + "/plans",
                "{\"metric\":\"REABLEMENT_91\",\"period\":\"2019-20\",\"numerator\":80,\"denominator\":100}");
        post(
                services,
                southend + "/actuals",
                "{\"metric\":\"REABLEMENT_91\",\"period\":\"2019-20\",\"numerator\":202,\"denominator\":248,\"percent\":81.5}");
        String barking = "/api/boards/" + BARKING;
        post(services, barking + "/plans", "{\"metric\":\"NEL\",\"period\":\"2016-17\",\"value\":19880}");
        post(services, barking + "/actuals", "{\"metric\":\"NEL\",\"period\":\"2016-17\",\"value\":19674}");
        post(services, barking + "/plans", "{\"metric\":\"RES_ADM_65\",\"period\":\"2016-17\",\"value\":170}");
        return post(services, barking + "/actuals", "{\"metric\":\"RES_ADM_65\",\"period\":\"2016-17\",\"value\":145}")
                .json()
                .get("position")
                .asLong();
    }

    static void board(RunningServices services, String code, String name) {
        post(services, "/api/boards", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
    }

    private static Http.Response post(RunningServices services, String path, String body) {
        Http.Response response = services.command.send("POST", path, body);
        assertThat(response.status())
                .as(path + " " + body + " → " + response.body())
                .isEqualTo(201);
        return response;
    }
}
