package uk.bcf.ledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import uk.bcf.ledger.axon.CommittedAggregateCache;
import uk.bcf.ledger.command.board.Board;
import uk.bcf.ledger.command.figures.MetricYear;

/** Both aggregates are loaded through a cache that holds committed state only ({@link CommittedAggregateCache}). */
@CommandServiceTest
class AggregateCacheIT {

    @Autowired
    Configuration axon;

    @Test
    void ledgersAndBoardsAreLoadedThroughTheCommittedStateCache() {
        for (Class<?> aggregate : new Class<?>[] {MetricYear.class, Board.class}) {
            assertThat(axon.repository(aggregate))
                    .as(aggregate.getSimpleName())
                    .isInstanceOf(CachingEventSourcingRepository.class)
                    // Not exposed by Axon's API: read from the repository, which is what @Aggregate(cache) must reach.
                    .extracting(repository -> ReflectionTestUtils.getField(repository, "cache"))
                    .isInstanceOf(CommittedAggregateCache.class);
        }
    }
}
