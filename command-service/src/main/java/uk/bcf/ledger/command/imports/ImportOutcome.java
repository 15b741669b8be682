package uk.bcf.ledger.command.imports;

import uk.bcf.ledger.shared.figure.Measurement;

/**
 * What an import does, or would do, with one row.
 *
 * @param line        the row's line in the file
 * @param status      new, changed, unchanged or refused
 * @param version     the figure's version after the import (the current one when unchanged); null when refused
 * @param previous    the current version's components when the row changes them, else null
 * @param measurement the components stored (or kept) for the row, in canonical form; null when refused
 * @param published   the check of the row's published value, or null when it gave none or was refused
 * @param field       the request field a refusal names, e.g. {@code value} or {@code perDay}; null otherwise
 * @param reason      why the row was refused; null otherwise
 */
public record ImportOutcome(
        long line,
        ImportStatus status,
        Integer version,
        Measurement previous,
        Measurement measurement,
        PublishedCheck published,
        String field,
        String reason) {

    public static ImportOutcome stored(
            long line,
            ImportStatus status,
            int version,
            Measurement previous,
            Measurement measurement,
            PublishedCheck published) {
        return new ImportOutcome(line, status, version, previous, measurement, published, null, null);
    }

    public static ImportOutcome refused(long line, String field, String reason) {
        return new ImportOutcome(line, ImportStatus.REFUSED, null, null, null, null, field, reason);
    }
}
