package uk.bcf.ledger.command.catalogue;

import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.command.access.CallerMetaData;
import uk.bcf.ledger.command.http.CommandSender;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.Caller;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.shared.command.DefineMetricCommand;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Loads the shipped seed into the ledger at start: defines, as the system, every seeded metric the ledger has
 * never held. Metrics already defined (also those amended or retired since) are left alone, so a restart changes
 * nothing. Two instances starting together may both try a code; the second append of the same metric is refused as
 * a concurrent change and skipped.
 */
@Component
class MetricSeeder implements ApplicationRunner {

    static final String SEED = "metric-catalogue.json";
    static final String SYSTEM = "system";

    /** The caller the seed is defined by: the system, as an administrator. */
    private static final Caller SEEDER = new Caller(SYSTEM, Set.of(Role.ADMIN), BoardScope.of(List.of()));

    private static final Logger LOG = LoggerFactory.getLogger(MetricSeeder.class);

    private final MetricDirectory directory;
    private final CommandSender commands;

    MetricSeeder(MetricDirectory directory, CommandSender commands) {
        this.directory = directory;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        int defined = 0;
        for (MetricSpecification metric : MetricCatalogue.seed()) {
            if (directory.knows(metric.code())) {
                continue;
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                                new DefineMetricCommand(metric.code(), metric, SYSTEM, SEED, null))
                        .andMetaData(CallerMetaData.of(SEEDER)));
                defined++;
            } catch (Refusal refused) {
                if (refused.kind() != RefusalKind.CONCURRENT_CHANGE) {
                    throw refused;
                }
            }
        }
        if (defined > 0) {
            LOG.info("metric catalogue seed: {} metrics defined from {}", defined, SEED);
        }
    }
}
