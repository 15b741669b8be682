package uk.bcf.ledger.query;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Requests to the service through its security filters, as a client signed in with HTTP Basic would send them:
 * by default as {@link TestUser#OPERATOR}, whom {@link TestOperator} creates.
 */
public final class OperatorHttp {

    private OperatorHttp() {}

    /** Every request signed in as {@link TestUser#OPERATOR}. */
    public static MockMvc of(WebApplicationContext context) {
        return as(context, TestUser.OPERATOR);
    }

    /** Every request signed in as the user. */
    public static MockMvc as(WebApplicationContext context, TestUser user) {
        Filter security = context.getBean(AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME, Filter.class);
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(security)
                .defaultRequest(get("/").header(HttpHeaders.AUTHORIZATION, user.authorization()))
                .build();
    }
}
