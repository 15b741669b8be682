package uk.bcf.ledger.query.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Quarter;
import uk.bcf.ledger.shared.refusal.Refusal;

/** The two text forms of a moment, and refusals of anything else naming the parameter. */
class AsOfParameterTest {

    @Test
    void readsAnInstantWithItsOffset() {
        assertThat(AsOfParameter.parse("asOf", "2019-11-21T17:00:00Z"))
                .isEqualTo(new AsOfParameter.AtInstant(Instant.parse("2019-11-21T17:00:00Z")));
        assertThat(AsOfParameter.parse("asOf", "2019-11-21T18:00:00+01:00"))
                .isEqualTo(new AsOfParameter.AtInstant(Instant.parse("2019-11-21T17:00:00Z")));
    }

    @Test
    void readsTheSignOffOfAQuarter() {
        assertThat(AsOfParameter.parse("since", "sign-off:2019-20-Q2"))
                .isEqualTo(new AsOfParameter.AtSignOff(new Quarter(FinancialYear.of("2019-20"), 2)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yesterday",
                "2019-11-21",
                "2019-11-21T17:00:00",
                "sign-off:",
                "sign-off:2019-20",
                "sign-off:2019-07",
                "sign-off:2019-20-Q5",
                "signoff:2019-20-Q2"
            })
    void refusesAnythingElseNamingTheField(String text) {
        assertThatThrownBy(() -> AsOfParameter.parse("since", text)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind().status()).isEqualTo(400);
            assertThat(refusal.field()).isEqualTo("since");
        });
    }
}
