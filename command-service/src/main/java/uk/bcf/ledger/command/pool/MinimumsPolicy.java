package uk.bcf.ledger.command.pool;

import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.NationalMinimums;
import uk.bcf.ledger.shared.refusal.Refusal;

/** The national-condition minimums: NC2, NC3 or both, neither negative. */
final class MinimumsPolicy {

    private MinimumsPolicy() {}

    static NationalMinimums check(NationalMinimums minimums) {
        if (minimums.nc2() == null && minimums.nc3() == null) {
            throw Refusal.invalid("nc2", "give nc2, nc3 or both");
        }
        AmountUnit unit = AmountPolicy.unit(minimums.unit());
        return new NationalMinimums(
                AmountPolicy.optional("nc2", minimums.nc2(), unit, false),
                AmountPolicy.optional("nc3", minimums.nc3(), unit, false),
                unit);
    }
}
