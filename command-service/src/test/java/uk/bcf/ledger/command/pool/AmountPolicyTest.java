package uk.bcf.ledger.command.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.refusal.Refusal;

/** The amounts a pool takes: whole pence in the unit entered, not negative unless a refund, below a trillion. */
class AmountPolicyTest {

    @Test
    void keepsAnAmountAsEntered() {
        BigDecimal entered = new BigDecimal("23854.00");

        assertThat(AmountPolicy.required("amount", entered, AmountUnit.THOUSANDS, false))
                .isSameAs(entered);
    }

    @Test
    void anAbsentOptionalAmountStaysAbsent() {
        assertThat(AmountPolicy.optional("forecastOutturn", null, AmountUnit.POUNDS, true))
                .isNull();
    }

    @Test
    void cannotOmitARequiredAmount() {
        assertRefused(() -> AmountPolicy.required("amount", null, AmountUnit.POUNDS, false), "amount", "is required");
    }

    @Test
    void cannotGiveFractionsOfAPenny() {
        assertRefused(
                () -> AmountPolicy.required("amount", new BigDecimal("10.001"), AmountUnit.POUNDS, false),
                "amount",
                "at most 2 decimals in £");
        assertThat(AmountPolicy.required("amount", new BigDecimal("10.00001"), AmountUnit.THOUSANDS, false))
                .isEqualByComparingTo("10.00001");
    }

    @Test
    void cannotBeNegativeUnlessARefund() {
        assertRefused(
                () -> AmountPolicy.required("amount", new BigDecimal("-1"), AmountUnit.POUNDS, false),
                "amount",
                "must not be negative");
        assertThat(AmountPolicy.required("amount", new BigDecimal("-1"), AmountUnit.POUNDS, true))
                .isEqualByComparingTo("-1");
    }

    @Test
    void cannotReachATrillionPoundsInEitherUnit() {
        assertRefused(
                () -> AmountPolicy.required("amount", new BigDecimal("1e9"), AmountUnit.THOUSANDS, false),
                "amount",
                "must be less than £1,000,000,000,000");
        assertRefused(
                () -> AmountPolicy.required("amount", new BigDecimal("-1e12"), AmountUnit.POUNDS, true),
                "amount",
                "must be less than £1,000,000,000,000");
    }

    @Test
    void cannotOmitTheUnit() {
        assertRefused(() -> AmountPolicy.unit(null), "unit", "POUNDS or THOUSANDS");
        assertThat(AmountPolicy.unit(AmountUnit.POUNDS)).isEqualTo(AmountUnit.POUNDS);
    }

    private static void assertRefused(Runnable attempt, String field, String reason) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.reason()).contains(reason);
        });
    }
}
