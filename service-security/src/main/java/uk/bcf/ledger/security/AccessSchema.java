package uk.bcf.ledger.security;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates and migrates the {@code access} schema (users, roles, board scopes) with its own Flyway history, beside
 * the schema each service migrates with Boot's Flyway. Both services run it; Flyway's lock makes simultaneous
 * starts safe. Deliberately not a {@link Flyway} bean, which would switch Boot's own migration off.
 */
public class AccessSchema implements InitializingBean {

    private final DataSource dataSource;

    public AccessSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("access")
                .locations("classpath:db/access")
                .load()
                .migrate();
    }
}
