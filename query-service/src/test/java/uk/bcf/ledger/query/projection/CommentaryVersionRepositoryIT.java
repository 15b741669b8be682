package uk.bcf.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.TestEvents.commentary;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.shared.period.FinancialYear;

/** Commentary versions are kept on the system-time axis and read as of any moment. */
class CommentaryVersionRepositoryIT extends QueryServiceTestDatabase {

    private static final String BOARD = "COM00001";
    private static final FinancialYear YEAR = new FinancialYear(2019);

    @Autowired
    ApplicationContext context;

    @Autowired
    CommentaryVersionRepository commentaries;

    @BeforeEach
    void writeTwoVersions() {
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver(
                "2019-11-14T11:00:00Z", commentary(BOARD, "NEL", "2019-20-Q2", 1, "September not yet published."));
        projection.deliver(
                "2019-12-02T09:00:00Z", commentary(BOARD, "NEL", "2019-20-Q2", 2, "September added: Q2 over plan."));
        projection.deliver(
                "2019-12-02T09:00:00Z", commentary(BOARD, "NEL", "2019-20-Q2", 2, "September added: Q2 over plan."));
    }

    @Test
    void theCurrentCommentaryIsTheLatestVersion() {
        assertThat(commentaries.of(BOARD, YEAR, AsOf.now())).singleElement().satisfies(current -> {
            assertThat(current.version()).isEqualTo(2);
            assertThat(current.text()).isEqualTo("September added: Q2 over plan.");
        });
    }

    @Test
    void theCommentaryAsOfTheSignOffIsTheVersionKnownThen() {
        assertThat(commentaries.of(BOARD, YEAR, AsOf.at(Instant.parse("2019-11-21T17:00:00Z"))))
                .singleElement()
                .satisfies(then -> assertThat(then.text()).isEqualTo("September not yet published."));
    }

    @Test
    void beforeAnyVersionThereIsNoCommentary() {
        assertThat(commentaries.of(BOARD, YEAR, AsOf.at(Instant.parse("2019-11-01T00:00:00Z"))))
                .isEmpty();
    }
}
