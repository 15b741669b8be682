package uk.bcf.ledger.axon;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's message monitors (processed, failed, latency and capacity per processor and handler) on Spring Boot's
 * {@link MeterRegistry}, with dimensional tags, so they are scraped with everything else. Axon's own metrics
 * auto-configuration is excluded in each service's configuration: under Boot 4 it creates a registry of its own
 * and Boot's then backs off, leaving Axon's meters invisible. axon-micrometer exists only up to 4.12.2; it works
 * with the 4.13 core. Its camelCase meter names are brought to Prometheus conventions by
 * {@link PrometheusNamingFilter}.
 */
@Configuration(proxyBeanMethods = false)
class AxonMetricsConfiguration {

    @Bean
    GlobalMetricRegistry axonMetricRegistry(MeterRegistry meterRegistry) {
        return new GlobalMetricRegistry(meterRegistry);
    }

    @Bean
    MetricsConfigurerModule axonMetricsConfigurer(GlobalMetricRegistry axonMetricRegistry) {
        return new MetricsConfigurerModule(axonMetricRegistry, true);
    }

    /** Applied by Boot to its registry before any meter is registered. */
    @Bean
    PrometheusNamingFilter prometheusNamingFilter() {
        return new PrometheusNamingFilter();
    }
}
