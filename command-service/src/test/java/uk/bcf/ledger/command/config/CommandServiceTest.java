package uk.bcf.ledger.command.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import uk.bcf.ledger.command.CommandServiceApplication;

/** A Spring Boot test of the command service on a fresh PostgreSQL database of the test run. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = CommandServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface CommandServiceTest {}
