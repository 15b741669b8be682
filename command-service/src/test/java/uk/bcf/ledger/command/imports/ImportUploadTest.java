package uk.bcf.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.util.unit.DataSize;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** The file of an import request, from a form or a {@code text/csv} body, and the size limit on both. */
class ImportUploadTest {

    private final ImportUpload upload = new ImportUpload(new ImportLimits(DataSize.ofKilobytes(1), 100_000));

    @Test
    void takesTheFormPartNamedFile() throws Exception {
        MockMultipartHttpServletRequest form = new MockMultipartHttpServletRequest();
        form.addFile(
                new MockMultipartFile("file", "figures.csv", "text/csv", "board\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(upload.read(form)).asString(StandardCharsets.UTF_8).isEqualTo("board\n");
    }

    @Test
    void refusesAFormWithoutTheFilePart() {
        MockMultipartHttpServletRequest form = new MockMultipartHttpServletRequest();
        form.addFile(new MockMultipartFile("upload", "figures.csv", "text/csv", new byte[1]));

        assertThatThrownBy(() -> upload.read(form))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("file"));
    }

    @Test
    void takesAWholeCsvBodyUpToTheLimit() throws Exception {
        MockHttpServletRequest body = new MockHttpServletRequest("POST", "/api/imports");
        body.setContent(new byte[1024]);

        assertThat(upload.read(body)).hasSize(1024);
    }

    @Test
    void refusesABodyOrAFileOverTheLimitAsTooLarge() {
        MockHttpServletRequest body = new MockHttpServletRequest("POST", "/api/imports");
        body.setContent(new byte[1025]);
        MockMultipartHttpServletRequest form = new MockMultipartHttpServletRequest();
        form.addFile(new MockMultipartFile("file", "figures.csv", "text/csv", new byte[1025]));

        assertThatThrownBy(() -> upload.read(body)).isInstanceOfSatisfying(Refusal.class, tooLarge -> {
            assertThat(tooLarge.kind()).isEqualTo(RefusalKind.TOO_LARGE);
            assertThat(tooLarge.reason()).contains("1 KB");
        });
        assertThatThrownBy(() -> upload.read(form))
                .isInstanceOfSatisfying(
                        Refusal.class, tooLarge -> assertThat(tooLarge.kind()).isEqualTo(RefusalKind.TOO_LARGE));
    }
}
