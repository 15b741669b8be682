package uk.bcf.ledger.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Puts Axon 4.13 on PostgreSQL under Spring Boot 4. Axon's own JDBC auto-configuration is ordered after Boot 3
 * class names and never activates under Boot 4, which silently leaves Axon without an event store and with a
 * no-op transaction manager; these configurations declare the pieces explicitly, so Axon's conditional
 * auto-configuration backs off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({
    AxonTransactionConfiguration.class,
    AxonSerializationConfiguration.class,
    AxonEventStoreConfiguration.class,
    AxonProcessingConfiguration.class,
    AxonMetricsConfiguration.class
})
public @interface EnableAxonOnPostgres {}
