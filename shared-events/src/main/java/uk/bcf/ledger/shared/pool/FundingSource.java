package uk.bcf.ledger.shared.pool;

/**
 * Where money in the pool comes from, as the national planning template names its income lines. The first four are
 * allocated nationally ("mandatory"); the two additional contributions are pooled voluntarily, and carry-overs of
 * an earlier year's underspend are recorded as one of them.
 */
public enum FundingSource {
    /** The NHS minimum contribution (CCG, from 2022 ICB), optionally per CCG or ICB. */
    NHS_MINIMUM(true),
    /** The Disabled Facilities Grant (capital). */
    DFG(true),
    /** The improved Better Care Fund grant to the council. */
    IBCF(true),
    /** The winter pressures grant (2019-20). */
    WINTER_PRESSURES(true),
    /** A voluntary additional contribution of the local authority. */
    ADDITIONAL_LA(false),
    /** A voluntary additional contribution of the NHS. */
    ADDITIONAL_NHS(false);

    private final boolean mandatory;

    FundingSource(boolean mandatory) {
        this.mandatory = mandatory;
    }

    /** Whether the money is allocated nationally, so that its spend counts as mandatory spend. */
    public boolean mandatory() {
        return mandatory;
    }

    /** Whether an underspend carried over from an earlier year may be recorded under this source. */
    public boolean takesCarryOvers() {
        return !mandatory;
    }
}
