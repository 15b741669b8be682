package uk.bcf.ledger.command.catalogue;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/**
 * The command side's catalogue: the seed overlaid by the metric events as {@link MetricDirectory} holds them, read
 * again whenever the directory's change stamp differs from the one read (checked once per transaction).
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    StoredMetricDefinitions storedMetricDefinitions(MetricDirectory directory) {
        return new StoredMetricDefinitions(directory, MetricCatalogue.standard().all());
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
