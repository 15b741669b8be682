package uk.bcf.ledger.command.catalogue;

import java.time.Clock;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/**
 * The command side's catalogue: the seed overlaid by the metric events as {@link MetricDirectory} holds them, read
 * again at most every {@code bcf.metrics.refresh-interval} (default one second) and at once on an unknown code.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    StoredMetricDefinitions storedMetricDefinitions(
            MetricDirectory directory, Clock clock, @Value("${bcf.metrics.refresh-interval:PT1S}") Duration refresh) {
        return new StoredMetricDefinitions(directory, MetricCatalogue.standard().all(), clock, refresh);
    }

    @Bean
    MetricCatalogue metricCatalogue(StoredMetricDefinitions definitions) {
        return new MetricCatalogue(definitions);
    }

    /** A failure to update the metric directory must roll the change back, not be logged and forgotten. */
    @Autowired
    void propagateMetricDirectoryErrors(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(
                MetricDirectoryUpdater.GROUP, configuration -> PropagatingErrorHandler.instance());
        processing.registerMessageMonitor(MetricDirectoryUpdater.GROUP, configuration -> NoOpMessageMonitor.INSTANCE);
    }
}
