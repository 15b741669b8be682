package uk.bcf.ledger.command.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Takes the file out of an import request: the part {@code file} of a {@code multipart/form-data} upload, or the
 * whole body of a {@code text/csv} request, never reading more than the size limit.
 */
@Component
class ImportUpload {

    static final String PART = "file";

    private final ImportLimits limits;

    ImportUpload(ImportLimits limits) {
        this.limits = limits;
    }

    byte[] read(HttpServletRequest request) throws IOException {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? body(request) : part(multipart.getFile(PART));
    }

    private byte[] part(MultipartFile file) throws IOException {
        if (file == null) {
            throw Refusal.invalid(PART, "is required: upload the CSV as the form part 'file'");
        }
        if (file.getSize() > limits.maxBytes()) {
            throw limits.fileTooLarge();
        }
        return file.getBytes();
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > limits.maxBytes()) {
            throw limits.fileTooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] file = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limits.maxBytes() + 1));
            if (file.length > limits.maxBytes()) {
                throw limits.fileTooLarge();
            }
            return file;
        }
    }
}
