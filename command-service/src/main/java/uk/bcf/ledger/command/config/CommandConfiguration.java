package uk.bcf.ledger.command.config;

import java.time.Clock;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.command.board.BoardDirectoryUpdater;
import uk.bcf.ledger.command.board.KnownPopulationRepository;
import uk.bcf.ledger.command.figures.LedgerContext;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.upcast.MeasurementFormsUpcaster;

/**
 * The command side's collaborators and its Axon customisation. The command interceptors are registered, in the
 * order they run, by {@link CommandInterceptorChain}.
 */
@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Reads plans and actuals stored before their measurements took printed forms. */
    @Bean
    MeasurementFormsUpcaster measurementFormsUpcaster() {
        return new MeasurementFormsUpcaster();
    }

    @Bean
    LedgerContext ledgerContext(MetricCatalogue catalogue, Clock clock, KnownPopulationRepository populations) {
        return new LedgerContext(catalogue, clock, populations::count);
    }

    /** A failure to update the board directory must roll the registration back, not be logged and forgotten. */
    @Autowired
    void propagateBoardDirectoryErrors(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(
                BoardDirectoryUpdater.GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * No Axon meters for the board directory's processor: it runs inside each command's unit of work, which the
     * command bus meters already time, and sees every event only to ignore all but two kinds; counting and timing
     * each ignored event took a fifth of a bulk import's CPU.
     */
    @Autowired
    void noMetersForTheBoardDirectory(EventProcessingConfigurer processing) {
        processing.registerMessageMonitor(BoardDirectoryUpdater.GROUP, configuration -> NoOpMessageMonitor.INSTANCE);
    }
}
