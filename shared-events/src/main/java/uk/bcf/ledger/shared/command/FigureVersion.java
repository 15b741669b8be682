package uk.bcf.ledger.shared.command;

/**
 * What the command side answers when it has stored a change to a figure.
 *
 * @param aggregateId       the ledger (or board) the change was stored in
 * @param aggregateSequence the sequence number of the stored event within that ledger, which a reader can wait for
 * @param version           the figure's version after the change
 */
public record FigureVersion(String aggregateId, long aggregateSequence, int version) {}
