package uk.bcf.ledger.command.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.command.http.RequestAuthor;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Imports plans and actuals from a CSV file, sent as the part {@code file} of a {@code multipart/form-data} upload
 * or as a {@code text/csv} body: into one board ({@code /api/boards/{code}/imports}, where a row's board may be
 * blank) or into the boards the rows name ({@code /api/imports}). {@code dryRun=true} answers what the file would
 * do and stores nothing; {@code reason} is the reason of every changed row that gives none. Answers the report
 * (200), or a 422 problem carrying the same report when any row is refused, in which case nothing is stored.
 */
@RestController
class ImportController {

    private static final String TEXT_CSV = "text/csv";

    private final ImportUpload upload;
    private final FigureImporter importer;

    ImportController(ImportUpload upload, FigureImporter importer) {
        this.upload = upload;
        this.importer = importer;
    }

    @PostMapping(
            path = "/api/boards/{code}/imports",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, TEXT_CSV})
    ImportReport intoBoard(
            @PathVariable String code,
            @RequestParam(required = false) String dryRun,
            @RequestParam(required = false) String reason,
            HttpServletRequest request)
            throws IOException {
        return importer.importFile(
                new ImportRequest(code, upload.read(request), flag(dryRun), reason, RequestAuthor.of(request)));
    }

    @PostMapping(
            path = "/api/imports",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, TEXT_CSV})
    ImportReport intoTheBoardsNamed(
            @RequestParam(required = false) String dryRun,
            @RequestParam(required = false) String reason,
            HttpServletRequest request)
            throws IOException {
        return importer.importFile(
                new ImportRequest(null, upload.read(request), flag(dryRun), reason, RequestAuthor.of(request)));
    }

    private static boolean flag(String dryRun) {
        if (dryRun == null || dryRun.isBlank() || "false".equalsIgnoreCase(dryRun.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(dryRun.strip())) {
            return true;
        }
        throw Refusal.invalid("dryRun", "must be true or false");
    }
}
