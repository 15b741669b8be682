package uk.bcf.ledger.query.operations;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.axon.ProcessingNode;

/**
 * This instance's part in the cluster, every {@code bcf.cluster.heartbeat-interval} on a thread of its own: says it
 * is alive ({@link QueryInstances}), and follows rebuilds asked of other instances ({@link ClusterRebuilds}): while
 * one is {@code pausing}, its processors are paused (their segments released); once it is done or abandoned, or
 * has been pausing for longer than twice the release timeout (its instance died), they are resumed. So no
 * rebuild leaves a processor stopped. Otherwise it shares the segments among the live instances
 * ({@link SegmentShare}).
 */
@Component
class InstanceHeartbeat implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceHeartbeat.class);

    private final QueryInstances instances;
    private final ClusterRebuilds rebuilds;
    private final LocalProcessors local;
    private final SegmentShare share;
    private final String node;
    private final Duration interval;
    private final Duration pauseLimit;
    private Long pausedFor;
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "instance-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    InstanceHeartbeat(
            QueryInstances instances,
            ClusterRebuilds rebuilds,
            LocalProcessors local,
            SegmentShare share,
            ProcessingNode node,
            @Value("${bcf.cluster.heartbeat-interval:1s}") Duration interval,
            @Value("${bcf.rebuild.release-timeout:30s}") Duration releaseTimeout) {
        this.instances = instances;
        this.rebuilds = rebuilds;
        this.local = local;
        this.share = share;
        this.node = node.id();
        this.interval = interval;
        this.pauseLimit = releaseTimeout.multipliedBy(2);
        beat.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How recently an instance must have beaten to count as alive: three intervals and two seconds. */
    Duration liveness() {
        return interval.multipliedBy(3).plusSeconds(2);
    }

    private void beat() {
        try {
            instances.heartbeat(node);
            follow(rebuilds.latest());
            if (pausedFor == null) {
                share.balance(instances.live(liveness()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Heartbeat failed; trying again in {}", interval, e);
        }
    }

    private synchronized void follow(Optional<ClusterRebuilds.Rebuild> latest) {
        Optional<ClusterRebuilds.Rebuild> pausing = latest.filter(rebuild -> rebuild.pausing()
                && !rebuild.olderThan(pauseLimit)
                && !rebuild.requestedBy().equals(node));
        if (pausing.isPresent() && pausedFor == null) {
            pausedFor = pausing.get().id();
            LOG.info("Rebuild {} asked of {}: pausing", pausedFor, pausing.get().requestedBy());
            local.pause();
        } else if (pausedFor != null
                && pausing.map(rebuild -> rebuild.id() != pausedFor).orElse(true)) {
            LOG.info("Rebuild {} over: resuming", pausedFor);
            pausedFor = null;
            local.resume();
        }
    }

    @Override
    public void destroy() {
        beat.shutdownNow();
        try {
            instances.leave(node);
        } catch (RuntimeException e) {
            LOG.debug("Could not record leaving", e);
        }
    }
}
