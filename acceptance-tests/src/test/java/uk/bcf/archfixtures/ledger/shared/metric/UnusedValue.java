package uk.bcf.archfixtures.ledger.shared.metric;

/** Used by neither service: breaks SHARED_EVENTS_HOLD_ONLY_WHAT_BOTH_SERVICES_USE. */
public record UnusedValue(int value) {}
