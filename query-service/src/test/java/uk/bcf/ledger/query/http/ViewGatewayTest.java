package uk.bcf.ledger.query.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.refusal.Refusal;

/** What a controller gets from Axon's query bus when a handler answers, refuses or fails. */
class ViewGatewayTest {

    private final SimpleQueryBus bus = SimpleQueryBus.builder().build();
    private final ViewGateway views =
            new ViewGateway(DefaultQueryGateway.builder().queryBus(bus).build());

    /** A query whose handler answers with its text, or fails the way it says. */
    record FetchTextQuery(String text, Supplier<RuntimeException> failure) {}

    /** The answer of the query. */
    record TextView(String text) {}

    ViewGatewayTest() {
        bus.subscribe(FetchTextQuery.class.getName(), TextView.class, message -> {
            FetchTextQuery query = (FetchTextQuery) message.getPayload();
            if (query.failure() != null) {
                throw query.failure().get();
            }
            return new TextView(query.text());
        });
    }

    @Test
    void answersTheViewTheHandlerReturns() {
        assertThat(views.fetch(new FetchTextQuery("Bromley", null), TextView.class))
                .isEqualTo(new TextView("Bromley"));
    }

    @Test
    void handsARefusalOfTheHandlerBackAsItself() {
        Refusal refusal = Refusal.notFound("board", "no board with code 'E09999999' is known");

        assertThatThrownBy(() -> views.fetch(new FetchTextQuery(null, () -> refusal), TextView.class))
                .isSameAs(refusal);
    }

    @Test
    void findsARefusalHoweverDeepItIsWrapped() {
        Refusal refusal = Refusal.invalid("since", "must not be after asOf");

        assertThatThrownBy(() -> views.fetch(
                        new FetchTextQuery(
                                null,
                                () -> new CompletionException(
                                        new IllegalStateException("nested read failed", refusal))),
                        TextView.class))
                .isSameAs(refusal);
    }

    @Test
    void handsAnyOtherFailureOnAsTheHandlerThrewIt() {
        IllegalStateException failure = new IllegalStateException("the connection broke");

        assertThatThrownBy(() -> views.fetch(new FetchTextQuery(null, () -> failure), TextView.class))
                .isSameAs(failure);
    }
}
