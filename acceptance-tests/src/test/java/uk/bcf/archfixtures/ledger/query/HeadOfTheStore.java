package uk.bcf.archfixtures.ledger.query;

/** Asks Axon's event table itself: breaks AXON_STORAGE_IS_NAMED_ONLY_IN_AXON_POSTGRES. */
public final class HeadOfTheStore {

    public static final String HEAD = "select max(global_index) from event_store.domain_event_entry";
}
