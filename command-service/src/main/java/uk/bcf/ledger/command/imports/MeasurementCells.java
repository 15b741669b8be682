package uk.bcf.ledger.command.imports;

import static uk.bcf.ledger.command.imports.ImportColumns.DENOMINATOR;
import static uk.bcf.ledger.command.imports.ImportColumns.MEAN;
import static uk.bcf.ledger.command.imports.ImportColumns.NUMERATOR;
import static uk.bcf.ledger.command.imports.ImportColumns.PERCENT;
import static uk.bcf.ledger.command.imports.ImportColumns.PER_DAY;
import static uk.bcf.ledger.command.imports.ImportColumns.RATE;
import static uk.bcf.ledger.command.imports.ImportColumns.VALUE;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Reads a row's figure from its {@code value}, {@code numerator}, {@code denominator} and {@code per_day} cells and
 * the optional {@code rate}, {@code percent} and {@code mean} columns, as supplied: a fraction in {@code value}
 * ({@code 73/74}) stands for numerator and denominator, which then must not be given in their own columns too; a
 * percentage in {@code value} ({@code 8.4%}) stands for the printed percentage.
 */
final class MeasurementCells {

    private MeasurementCells() {}

    static Measurement read(CsvLine record) {
        Long numerator = Cells.whole(NUMERATOR, record.cell(NUMERATOR));
        Long denominator = Cells.whole(DENOMINATOR, record.cell(DENOMINATOR));
        BigDecimal perDay = Cells.decimal(PER_DAY, record.cell(PER_DAY));
        BigDecimal rate = Cells.decimal(RATE, record.cell(RATE));
        BigDecimal percent = Cells.percentOrDecimal(PERCENT, record.cell(PERCENT));
        BigDecimal mean = Cells.decimal(MEAN, record.cell(MEAN));
        String value = record.cell(VALUE);
        if (Cells.isPercentage(value)) {
            if (percent != null) {
                throw Refusal.invalid(VALUE, "a percentage is given in value or in percent, not both");
            }
            return new Measurement(
                    null, numerator, denominator, perDay, rate, Cells.percentOrDecimal(VALUE, value), mean);
        }
        if (!Cells.isFraction(value)) {
            return new Measurement(Cells.decimal(VALUE, value), numerator, denominator, perDay, rate, percent, mean);
        }
        if (numerator != null || denominator != null) {
            throw Refusal.invalid(VALUE, "a fraction gives the numerator and denominator; leave those columns blank");
        }
        Cells.Fraction fraction = Cells.fraction(VALUE, value);
        return new Measurement(null, fraction.numerator(), fraction.denominator(), perDay, rate, percent, mean);
    }
}
