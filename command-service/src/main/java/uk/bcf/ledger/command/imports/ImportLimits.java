package uk.bcf.ledger.command.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * How large an import may be: at most {@code spring.servlet.multipart.max-file-size} (10 MB), whether uploaded as
 * a form or sent as a {@code text/csv} body, and at most {@code bcf.imports.max-rows} data rows (100,000). Larger
 * files are refused with 413 before any row is checked.
 */
@Component
class ImportLimits {

    private final DataSize maxFileSize;
    private final int maxRows;

    ImportLimits(
            @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize,
            @Value("${bcf.imports.max-rows:100000}") int maxRows) {
        this.maxFileSize = maxFileSize;
        this.maxRows = maxRows;
    }

    long maxBytes() {
        return maxFileSize.toBytes();
    }

    int maxRows() {
        return maxRows;
    }

    /** The refusal of a file larger than the limit. */
    Refusal fileTooLarge() {
        return Refusal.tooLarge(
                "file", "is larger than the maximum of " + describe(maxFileSize) + "; split it into smaller files");
    }

    private static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }
}
