package uk.bcf.ledger.command.access;

import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * What every access test of the running command service starts from: the users and boards of {@link AccessUsers},
 * the service signed in as the operator and as each board's analyst, and the tables an attack could change. Each
 * test class keeps only its own cases.
 */
@CommandServiceTest
abstract class AccessFixture {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerUsers users;

    /** The service signed in as {@link TestUser#OPERATOR}, who may do everything; {@code as(user)} for anyone else. */
    CommandHttp operator;
    /** The service signed in as {@link AccessUsers#BARNET_ANALYST}. */
    CommandHttp barnetAnalyst;
    /** The service signed in as {@link AccessUsers#BROMLEY_ANALYST}. */
    CommandHttp bromleyAnalyst;

    LedgerTables tables;

    @BeforeEach
    void prepareUsersBoardsAndTables() {
        operator = new CommandHttp(port);
        AccessUsers.prepare(users, operator);
        barnetAnalyst = operator.as(AccessUsers.BARNET_ANALYST);
        bromleyAnalyst = operator.as(AccessUsers.BROMLEY_ANALYST);
        tables = new LedgerTables(jdbc);
    }

    /** Asserts that the attack is forbidden (403) and stores nothing. */
    void assertForbiddenAndNothingStored(Supplier<HttpResponse<String>> attack) {
        tables.assertRefusedStoringNothing(attack, 403, null);
    }
}
