package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Real board papers validated by veraPDF against PDF/UA-1 (accessibility) and PDF/A-3a (archiving), with no failed
 * rule: Bromley's 2019-20 Q2 paper as presented at its sign-off, and as it stands with its pooled budget (the finance
 * section); Southend-on-Sea's 2021-22 Q4 and Barking and Dagenham's 2016-17 Q4 from their published tables. Each
 * page of a paper carries more than its footer. The papers are kept in {@code target/board-papers/} to be looked at.
 */
class BoardPaperValidationIT {

    /** The footer's lines: the board, year and quarters, and "Page n of m". */
    private static final Pattern FOOTER =
            Pattern.compile("(.* Better Care Fund \\d{4}-\\d{2} Q\\d(-Q\\d)?)?\\s*(Page \\d+ of \\d+)?");

    private static final String BROMLEY = "/api/boards/" + Bromley.CODE + "/reports/2019-20/Q2";

    private static RunningServices services;
    private static long position;

    @BeforeAll
    static void enterTheBoardsFigures() {
        services = RunningServices.startFresh();
        Bromley.loadInto(services);
        for (DemoRequests.Request request : DemoRequests.read("bromley-2019-20-pool.requests")) {
            Http.Response response = services.command.send(request.method(), request.path(), request.body());
            assertThat(response.status()).as(request + " -> " + response.body()).isEqualTo(201);
        }
        position = PublishedTables.enterInto(services);
        Bromley.awaitProjected(services, position);
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    static List<Arguments> papers() {
        return List.of(
                Arguments.of("bromley-2019-20-Q2-as-presented", BROMLEY + "?asOf=sign-off:2019-20-Q2"),
                Arguments.of("bromley-2019-20-Q2-with-pool", BROMLEY),
                Arguments.of("southend-2021-22-Q4", "/api/boards/" + PublishedTables.SOUTHEND + "/reports/2021-22/Q4"),
                Arguments.of("barking-2016-17-Q4", "/api/boards/" + PublishedTables.BARKING + "/reports/2016-17/Q4"));
    }

    static List<Arguments> papersAndProfiles() {
        return papers().stream()
                .flatMap(paper -> List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A).stream()
                        .map(profile -> Arguments.of(paper.get()[0], paper.get()[1], profile)))
                .toList();
    }

    @ParameterizedTest(name = "{0} against {2}")
    @MethodSource("papersAndProfiles")
    void thePaperPassesEveryRuleOfTheProfile(String name, String report, PDFAFlavour profile) throws IOException {
        byte[] pdf = paper(name, report);

        List<String> failures = VeraPdf.failures(pdf, profile);

        assertThat(failures)
                .as(name + " against " + profile + ":\n" + String.join("\n", failures))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void everyPageCarriesMoreThanItsFooter(String name, String report) throws IOException {
        try (PDDocument document = Loader.loadPDF(paper(name, report))) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String words = text.getText(document)
                        .lines()
                        .filter(line -> !FOOTER.matcher(line.strip()).matches())
                        .collect(Collectors.joining(" "))
                        .strip();
                assertThat(words)
                        .as(name + " page " + page + " is blank but for its footer")
                        .isNotEmpty();
            }
        }
    }

    @Test
    void theValidatorRefusesAnUntaggedPdf() throws IOException {
        try (PDDocument untagged = new PDDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            untagged.addPage(new PDPage());
            untagged.save(bytes);

            assertThat(VeraPdf.failures(bytes.toByteArray(), PDFAFlavour.PDFUA_1))
                    .anyMatch(failure -> failure.contains("MarkInfo"));
            assertThat(VeraPdf.failures(bytes.toByteArray(), PDFAFlavour.PDFA_3_A))
                    .isNotEmpty();
        }
    }

    private static byte[] paper(String name, String report) throws IOException {
        HttpResponse<byte[]> pdf = services.query.getBytes(report + (report.contains("?") ? "&" : "?") + "format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        Path kept = Path.of("target", "board-papers", name + ".pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf.body());
        return pdf.body();
    }
}
