package uk.bcf.ledger.query.http;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;

/**
 * Every parameter out of its plausible range is a 400 problem naming it, never a 500: moments and days from the year
 * 2000 to 2100, periods from 2000-01 to 2049-50.
 */
class OutOfRangeParametersIT extends QueryServiceTestDatabase {

    private static final String BOARD = "/api/boards/E09000006";

    @Autowired
    WebApplicationContext context;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                BOARD + "/performance/2019-20?asOf=+999999999-12-31T23:59:59Z|asOf",
                BOARD + "/performance/2019-20?asOf=-999999999-01-01T00:00:00Z|asOf",
                BOARD + "/performance/2019-20?asOf=1999-12-31T23:59:59Z|asOf",
                BOARD + "/reports/2019-20/Q2?cutoff=+999999999-12-31|cutoff",
                BOARD + "/reports/2019-20/Q2?cutoff=1066-10-14|cutoff",
                BOARD + "/reports/2098-99/Q4|fy",
                BOARD + "/performance/2050-51|fy",
                BOARD + "/figures/NEL/2098-04/history|period",
                BOARD + "/restatements?since=+999999999-12-31T23:59:59Z|since",
                BOARD + "/restatements?since=sign-off:2098-99-Q1|since",
                BOARD + "/spc/NEL?from=2019-04&to=2098-03|to",
                "/api/admin/audit?since=+999999999-12-31T23:59:59Z|since"
            })
    void anOutOfRangeParameterIsA400ProblemNamingIt(String path, String field) throws Exception {
        OperatorHttp.of(context)
                .perform(get(path).accept(MediaType.ALL))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }
}
