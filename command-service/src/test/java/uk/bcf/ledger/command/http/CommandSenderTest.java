package uk.bcf.ledger.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * What reaches a sender when a command fails on Axon's local command bus: a refusal as itself, Axon's and the
 * database's concurrency failures as a refusal to retry, anything else as it was thrown.
 */
class CommandSenderTest {

    private static final long POSITION = 42;

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandSender sender =
            new CommandSender(DefaultCommandGateway.builder().commandBus(bus).build(), new FixedIndex());

    /** A command whose handler fails the way it says. */
    record Fail(Supplier<RuntimeException> failure) {}

    /** A command whose handler stores version 1. */
    record Succeed() {}

    CommandSenderTest() {
        bus.subscribe(Fail.class.getName(), message -> {
            throw ((Fail) message.getPayload()).failure().get();
        });
        bus.subscribe(Succeed.class.getName(), message -> new FigureVersion("ledger-1", 0, 1));
    }

    @Test
    void answersTheStoredVersionWithItsPosition() {
        CommandSender.Sent sent = sender.send(new Succeed(), "key-1");

        assertThat(sent.stored().version()).isEqualTo(1);
        assertThat(sent.position()).isEqualTo(POSITION);
    }

    @Test
    void handsARefusalOfTheHandlerBackAsItself() {
        Refusal refusal = Refusal.conflict("period", "2019-04 is already recorded");

        assertThatThrownBy(() -> sender.send(new Fail(() -> refusal), null)).isSameAs(refusal);
    }

    @Test
    void refusesAWriteThatAnotherWriteToTheSameLedgerBeatAsAConcurrentChange() {
        assertConcurrentChange(
                () -> new ConcurrencyException("sequence 3 of ledger-1 is taken"), "changed by someone else");
        assertConcurrentChange(
                () -> new AggregateStreamCreationException("ledger-1 exists"), "changed by someone else");
    }

    @Test
    void refusesARequestThatASimultaneousOneWithTheSameKeyBeatAsAConcurrentChange() {
        assertConcurrentChange(
                () -> new DuplicateKeyException("idempotent_request_pkey"), "the same request was being processed");
    }

    @Test
    void letsAnyOtherFailurePassAsItWasThrown() {
        IllegalStateException failure = new IllegalStateException("the connection broke");

        assertThatThrownBy(() -> sender.sendAndWait(new Fail(() -> failure))).isSameAs(failure);
    }

    private void assertConcurrentChange(Supplier<RuntimeException> failure, String reason) {
        assertThatThrownBy(() -> sender.sendAndWait(new Fail(failure)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(RefusalKind.CONCURRENT_CHANGE);
                    assertThat(refusal.field()).isNull();
                    assertThat(refusal.reason()).contains(reason);
                });
    }

    private static final class FixedIndex implements EventStoreIndex {

        @Override
        public long positionOf(String aggregateId, long sequenceNumber) {
            return POSITION;
        }

        @Override
        public java.util.OptionalLong lastSequenceOf(String aggregateId) {
            return java.util.OptionalLong.empty();
        }

        @Override
        public long head() {
            return POSITION;
        }
    }
}
