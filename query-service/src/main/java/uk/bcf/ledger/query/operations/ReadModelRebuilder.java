package uk.bcf.ledger.query.operations;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import uk.bcf.ledger.axon.ProcessingNode;
import uk.bcf.ledger.axon.TokenStoreReader;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Rebuilds read models from the event store for every instance at once, asked of any of them. It records the
 * rebuild ({@link ClusterRebuilds}, one at a time), pauses its own processors, and waits until every segment is
 * free: each other instance follows the record within a heartbeat ({@link InstanceHeartbeat}) and pauses too,
 * releasing its claims; a dead instance's claims expire. Then, once, each processor's reset handler empties its
 * tables and its tokens go back to the start of the stream, in one transaction; the record says {@code done}, and
 * every instance starts again, sharing the replay. If the segments are not all free within
 * {@code bcf.rebuild.release-timeout}, nothing is reset, the record says {@code abandoned}, every instance resumes,
 * and the caller is refused with 409. Every path ends with this instance's processors running.
 */
@Service
public class ReadModelRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilder.class);
    private static final Duration RETRY = Duration.ofMillis(250);

    private final StreamingProcessorRegistry processors;
    private final ProcessorSupervisor supervisor;
    private final LocalProcessors local;
    private final ClusterRebuilds rebuilds;
    private final TokenStoreReader tokens;
    private final QueryInstances instances;
    private final InstanceHeartbeat heartbeat;
    private final String node;
    private final Duration releaseTimeout;

    ReadModelRebuilder(
            StreamingProcessorRegistry processors,
            ProcessorSupervisor supervisor,
            LocalProcessors local,
            ClusterRebuilds rebuilds,
            TokenStoreReader tokens,
            QueryInstances instances,
            InstanceHeartbeat heartbeat,
            ProcessingNode node,
            @Value("${bcf.rebuild.release-timeout:30s}") Duration releaseTimeout) {
        this.processors = processors;
        this.supervisor = supervisor;
        this.local = local;
        this.rebuilds = rebuilds;
        this.tokens = tokens;
        this.instances = instances;
        this.heartbeat = heartbeat;
        this.node = node.id();
        this.releaseTimeout = releaseTimeout;
    }

    /**
     * Rebuilds every read model on every instance; returns the names of the processors that were reset.
     *
     * @throws Refusal 409 when another rebuild is under way, or the segments were not released in time (nothing
     *                 was changed)
     */
    public List<String> rebuildAll() {
        rebuilds.abandonOlderThan(releaseTimeout.multipliedBy(2));
        long id;
        try {
            id = rebuilds.start(node);
        } catch (DuplicateKeyException underWay) {
            throw Refusal.conflict(null, "a rebuild of the read models is already under way; nothing was changed");
        }
        String outcome = ClusterRebuilds.ABANDONED;
        try {
            local.pause();
            if (resetOnceReleased()) {
                outcome = ClusterRebuilds.DONE;
                LOG.info("Read models of {} reset for every instance", processors.names());
                return List.copyOf(processors.names());
            }
            throw Refusal.conflict(
                    null,
                    "other instances still held segments of the read models after " + releaseTimeout
                            + "; nothing was changed, every instance goes on as before");
        } finally {
            rebuilds.finish(id, outcome);
            local.resume();
        }
    }

    /**
     * Resets once no other live instance holds a segment (a dead one's claims are taken over by the reset once they
     * expire); false when that did not happen within the release timeout.
     */
    private boolean resetOnceReleased() {
        long deadline = System.nanoTime() + releaseTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (heldElsewhere().isEmpty()) {
                try {
                    local.resetTokens();
                    return true;
                } catch (UnableToClaimTokenException stillClaimed) {
                    LOG.info("A segment is still claimed; trying again: {}", stillClaimed.getMessage());
                }
            }
            LockSupport.parkNanos(RETRY.toNanos());
        }
        return false;
    }

    private Set<String> heldElsewhere() {
        Set<String> live = instances.live(heartbeat.liveness());
        return Set.copyOf(tokens.segments(processors.names()).stream()
                .map(TokenStoreReader.StoredToken::owner)
                .filter(owner -> owner != null && !owner.equals(node) && live.contains(owner))
                .toList());
    }

    /** Where each streaming processor stands. */
    public List<ProcessorStatus> status() {
        return processors.byName().values().stream()
                .map(processor -> ProcessorStatus.of(processor, supervisor.stalled(processor.getName())))
                .sorted(Comparator.comparing(ProcessorStatus::name))
                .toList();
    }
}
