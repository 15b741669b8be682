package uk.bcf.ledger.query.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;

/** The OpenAPI document describes the read API, including the moment and read-your-writes parameters. */
class OpenApiIT extends QueryServiceTestDatabase {

    private static final String HISTORY = "$.paths['/api/boards/{code}/figures/{metric}/{period}/history'].get";
    private static final String RESTATEMENTS = "$.paths['/api/boards/{code}/restatements'].get";
    private static final String PERFORMANCE = "$.paths['/api/boards/{code}/performance/{fy}'].get";

    @Autowired
    WebApplicationContext context;

    @Test
    void documentsTheHistoryRestatementsAndPerformanceReadsWithTheirMomentParameters() throws Exception {
        MockMvc http = OperatorHttp.of(context);

        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(HISTORY + ".summary").isString())
                .andExpect(jsonPath(HISTORY + ".parameters[*].name").value(hasItem("asOf")))
                .andExpect(jsonPath(PERFORMANCE + ".parameters[?(@.name == 'asOf')].description")
                        .value(hasItem(containsString("sign-off:2019-20-Q2"))))
                .andExpect(jsonPath(PERFORMANCE + ".parameters[*].name").value(hasItem("awaitPosition")))
                .andExpect(jsonPath(RESTATEMENTS + ".parameters[?(@.name == 'since')].required")
                        .value(hasItem(true)))
                .andExpect(jsonPath("$.paths['/api/boards/{code}/plans/{metric}/{period}/history']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/boards/{code}/sign-offs']").exists());
    }

    @Test
    void servesTheSwaggerUi() throws Exception {
        MockMvc http = OperatorHttp.of(context);

        http.perform(get("/swagger-ui.html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/swagger-ui/index.html"));
        http.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
