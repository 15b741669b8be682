package uk.bcf.ledger.command.imports;

/** What an import command asks of a ledger. */
public enum ImportMode {
    /** Classify every row against the current figures and store nothing. */
    PREVIEW,
    /** Classify every row and, if none is refused, store the new and changed ones. */
    APPLY
}
