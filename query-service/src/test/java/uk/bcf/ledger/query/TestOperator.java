package uk.bcf.ledger.query;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestComponent;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Creates {@link TestUser#OPERATOR} when the service starts for a test: an administrator, analyst, auditor and
 * monitor of every board, so that tests about figures need not be about access.
 */
@TestComponent
public class TestOperator implements InitializingBean {

    private final LedgerUsers users;

    public TestOperator(LedgerUsers users) {
        this.users = users;
    }

    @Override
    public void afterPropertiesSet() {
        users.createIfAbsent(
                new NewUser(
                        TestUser.OPERATOR.name(),
                        TestUser.OPERATOR.password(),
                        Set.of(Role.ADMIN, Role.ANALYST, Role.AUDITOR, Role.MONITOR),
                        BoardScope.of(List.of(BoardScope.ALL_BOARDS))),
                "test");
    }
}
