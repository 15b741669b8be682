package uk.bcf.archfixtures.ledger.shared.metric;

/** Used by the command service alone: breaks SHARED_EVENTS_HOLD_ONLY_WHAT_BOTH_SERVICES_USE. */
public final class OneSidedValue {

    private OneSidedValue() {}

    public static int twice(int value) {
        return 2 * value;
    }
}
