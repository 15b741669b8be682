package uk.bcf.ledger.query.projection;

import java.util.Map;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.shared.upcast.MeasurementFormsUpcaster;

/** What the projection tells Axon about correlation data. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    /**
     * No correlation data: the query service sends no message on behalf of one it handles. Axon's default provider
     * (in place of which this one is used) reads every handled event's metadata, deserialising it for nothing: a
     * fourteenth of a rebuild's CPU, measured.
     */
    /** Reads plans and actuals stored before their measurements took printed forms. */
    @Bean
    MeasurementFormsUpcaster measurementFormsUpcaster() {
        return new MeasurementFormsUpcaster();
    }

    @Bean
    CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }
}
