package uk.bcf.ledger.command.config;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.testsupport.TestDatabase;

/** Points the context at the test run's fresh database and switches Axon's update checker off, as {@code main} does. */
class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        AxonUpdateCheck.disableUnlessConfigured();
        TestDatabase database = TestDatabase.shared();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()).applyTo(context);
    }
}
