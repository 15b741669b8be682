package uk.bcf.archfixtures.ledger.axon;

/** The module that owns Axon's tables may name them. */
public final class FixtureEventStoreIndex {

    public static final String HEAD = "select max(global_index) from event_store.domain_event_entry";
}
