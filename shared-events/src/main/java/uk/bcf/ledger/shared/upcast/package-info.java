/**
 * Upcasters: how each service reads an event stored in an older revision of its payload, on every read (events in
 * the store are never rewritten). Both services register each as an Axon {@code EventUpcaster} bean, which Axon's
 * Spring configuration puts in the storage engine's upcaster chain. Pipeline: stored payload and revision → the
 * upcaster for that type and revision → the payload of the current revision → the event record.
 */
package uk.bcf.ledger.shared.upcast;
