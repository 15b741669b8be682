package uk.bcf.ledger.security;

/**
 * The rules of who may read and write which board's figures. Figures are management information "not in the public
 * domain" until released: only analysts, viewers and auditors of a board read them; only a board's analysts write
 * them. Every rule about a board asks for the board in the caller's scope, whatever the role: an auditor's scope is
 * usually every board ({@code *}), and removing every board from a user stops it reading any. Administrators manage
 * boards and users but do not see figures unless also given a reading role.
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    /** Plans, actuals, corrections, withdrawals, commentary, imports and sign-offs. */
    public static boolean mayRecordFigures(Caller caller, String boardCode) {
        return caller.has(Role.ANALYST) && caller.scope().includes(boardCode);
    }

    /** Population denominators: a board's own analysts, or an administrator loading the national figures. */
    public static boolean mayRecordPopulations(Caller caller, String boardCode) {
        return caller.has(Role.ADMIN) || mayRecordFigures(caller, boardCode);
    }

    public static boolean mayRegisterBoards(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /** Performance views, reports, exports, sign-offs, histories and restatements, now or as of any moment. */
    public static boolean mayRead(Caller caller, String boardCode) {
        return (caller.has(Role.AUDITOR) || caller.has(Role.ANALYST) || caller.has(Role.VIEWER))
                && caller.scope().includes(boardCode);
    }

    /** The list of boards: codes and names; an administrator needs it to manage them, for the boards in scope. */
    public static boolean mayListBoard(Caller caller, String boardCode) {
        return caller.has(Role.ADMIN) && caller.scope().includes(boardCode) || mayRead(caller, boardCode);
    }

    /** The access audit trail: administrators and auditors. */
    public static boolean mayReadAuditTrail(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.AUDITOR);
    }
}
