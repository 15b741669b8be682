package uk.bcf.ledger.shared.command;

/** A command about one board's data; the board must be registered before it is accepted. */
public interface BoardCommand {

    String boardCode();

    /** The authenticated user on whose behalf the command is sent. */
    String recordedBy();
}
