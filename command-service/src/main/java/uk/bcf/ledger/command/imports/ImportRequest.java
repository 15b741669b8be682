package uk.bcf.ledger.command.imports;

/**
 * An import as asked for over HTTP.
 *
 * @param board      the board the file is imported into, or null when every row names its board
 * @param file       the CSV file's bytes
 * @param dryRun     whether to answer what the file would do without storing anything
 * @param reason     the reason for every changed row that gives none, or null
 * @param recordedBy the authenticated user importing the file
 */
record ImportRequest(String board, byte[] file, boolean dryRun, String reason, String recordedBy) {}
