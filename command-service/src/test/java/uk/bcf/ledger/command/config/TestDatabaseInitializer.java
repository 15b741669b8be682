package uk.bcf.ledger.command.config;

import java.util.List;
import java.util.Set;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Points the context at the test run's fresh database, switches Axon's update checker off, as {@code main} does,
 * starts the service with {@link TestUser#ADMIN} as its initial administrator and, once it has started, creates
 * {@link TestUser#OPERATOR}, the user the functional tests act as.
 */
class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        AxonUpdateCheck.disableUnlessConfigured();
        TestDatabase database = TestDatabase.shared();
        TestPropertyValues.of(
                        "spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password())
                .applyTo(context);
        TestPropertyValues.of(TestUser.ADMIN.asInitialAdministrator()).applyTo(context);
        context.addApplicationListener(new OperatorCreation());
    }

    /** Creates the operator, when absent, in the database the started context uses. */
    private static final class OperatorCreation implements ApplicationListener<ContextRefreshedEvent> {

        @Override
        public void onApplicationEvent(ContextRefreshedEvent event) {
            event.getApplicationContext()
                    .getBean(LedgerUsers.class)
                    .createIfAbsent(
                            new NewUser(
                                    TestUser.OPERATOR.name(),
                                    TestUser.OPERATOR.password(),
                                    Set.of(Role.ADMIN, Role.ANALYST, Role.AUDITOR, Role.MONITOR),
                                    BoardScope.of(List.of(BoardScope.ALL_BOARDS))),
                            "test");
        }
    }
}
