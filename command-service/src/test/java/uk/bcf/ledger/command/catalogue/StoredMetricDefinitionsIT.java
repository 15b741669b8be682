package uk.bcf.ledger.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.StoredMetric;

/**
 * The command side's definitions on the real directory: the change stamp is asked once per transaction however
 * often the catalogue is asked within it (and on every call outside one), and the definitions are read again only
 * when the stamp has moved.
 */
@CommandServiceTest
class StoredMetricDefinitionsIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** The real directory, counting how often it is asked. */
    private static final class CountingDirectory extends MetricDirectory {

        final AtomicInteger stamps = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();

        CountingDirectory(JdbcClient jdbc) {
            super(jdbc);
        }

        @Override
        public long stamp() {
            stamps.incrementAndGet();
            return super.stamp();
        }

        @Override
        public List<StoredMetric> all() {
            reads.incrementAndGet();
            return super.all();
        }
    }

    @Test
    void theStampIsAskedOncePerTransactionAndTheDefinitionsReadOnlyWhenItMoves() {
        CountingDirectory directory = new CountingDirectory(jdbc);
        StoredMetricDefinitions definitions = new StoredMetricDefinitions(
                directory, MetricCatalogue.standard().all());
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            definitions.find("NEL");
            definitions.find("DTOC");
            definitions.all();
        });
        transaction.executeWithoutResult(status -> definitions.find("NEL"));
        definitions.find("NEL");
        definitions.find("DTOC");

        assertThat(directory.stamps).hasValue(4);
        assertThat(directory.reads).hasValue(1);
    }

    @Test
    void aMovedStampReadsTheDefinitionsAgain() {
        CountingDirectory directory = new CountingDirectory(jdbc);
        StoredMetricDefinitions definitions = new StoredMetricDefinitions(
                directory, MetricCatalogue.standard().all());
        definitions.find("NEL");

        jdbc.sql("update command_side.metric_definition set version = version + 1 where code = 'NEL'")
                .update();
        try {
            definitions.find("NEL");
            assertThat(directory.reads).hasValue(2);
        } finally {
            jdbc.sql("update command_side.metric_definition set version = version - 1 where code = 'NEL'")
                    .update();
        }
    }
}
