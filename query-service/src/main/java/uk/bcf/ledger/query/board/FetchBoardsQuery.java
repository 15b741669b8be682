package uk.bcf.ledger.query.board;

import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.security.Caller;

/**
 * Asks for the boards registered by a moment that a caller may see listed.
 *
 * @param caller who asks: the list holds only the boards in the caller's scope (every board for an administrator)
 * @param asOf   now, or an instant: a sign-off belongs to one board and names no moment of the list
 */
public record FetchBoardsQuery(Caller caller, AsOfParameter asOf) {}
