package uk.bcf.ledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {

    @Test
    void answersTheFirstValueThatMeetsTheCondition() {
        AtomicInteger probes = new AtomicInteger();

        Integer value = Eventually.await(Duration.ofSeconds(5), probes::incrementAndGet, n -> n >= 3);

        assertThat(value).isEqualTo(3);
        assertThat(probes).hasValue(3);
    }

    @Test
    void probesOnceWithoutWaitingWhenTheConditionAlreadyHolds() {
        AtomicInteger probes = new AtomicInteger();

        Eventually.await(Duration.ofSeconds(5), probes::incrementAndGet, n -> true);

        assertThat(probes).hasValue(1);
    }

    @Test
    void failsAfterTheTimeoutNamingTheLastValueSeen() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> Eventually.await(Duration.ofMillis(200), () -> "still projecting", "done"::equals))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("still projecting");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void probesOnTheCallersThread() {
        Thread caller = Thread.currentThread();

        Thread probedOn = Eventually.await(Duration.ofSeconds(5), Thread::currentThread, thread -> true);

        assertThat(probedOn).isSameAs(caller);
    }
}
