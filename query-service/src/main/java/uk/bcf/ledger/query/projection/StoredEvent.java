package uk.bcf.ledger.query.projection;

import java.time.Instant;

/**
 * What the event store says about an event besides its payload: its identifier, and the moment it was stored,
 * which starts the system time of whatever the event records. Taken from the message, never from the clock of the
 * processing, so that a rebuild writes identical rows.
 *
 * @param eventId  the event's identifier
 * @param storedAt the event message's timestamp
 */
record StoredEvent(String eventId, Instant storedAt) {}
