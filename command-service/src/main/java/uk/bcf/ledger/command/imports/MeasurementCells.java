package uk.bcf.ledger.command.imports;

import static uk.bcf.ledger.command.imports.ImportColumns.DENOMINATOR;
import static uk.bcf.ledger.command.imports.ImportColumns.NUMERATOR;
import static uk.bcf.ledger.command.imports.ImportColumns.PER_DAY;
import static uk.bcf.ledger.command.imports.ImportColumns.VALUE;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Reads a row's components from its {@code value}, {@code numerator}, {@code denominator} and {@code per_day}
 * cells, as supplied: a fraction in {@code value} ({@code 73/74}) stands for numerator and denominator, which then
 * must not be given in their own columns too.
 */
final class MeasurementCells {

    private MeasurementCells() {}

    static Measurement read(CsvLine record) {
        Long numerator = Cells.whole(NUMERATOR, record.cell(NUMERATOR));
        Long denominator = Cells.whole(DENOMINATOR, record.cell(DENOMINATOR));
        BigDecimal perDay = Cells.decimal(PER_DAY, record.cell(PER_DAY));
        if (!Cells.isFraction(record.cell(VALUE))) {
            return new Measurement(Cells.decimal(VALUE, record.cell(VALUE)), numerator, denominator, perDay);
        }
        if (numerator != null || denominator != null) {
            throw Refusal.invalid(VALUE, "a fraction gives the numerator and denominator; leave those columns blank");
        }
        Cells.Fraction fraction = Cells.fraction(VALUE, record.cell(VALUE));
        return new Measurement(null, fraction.numerator(), fraction.denominator(), perDay);
    }
}
