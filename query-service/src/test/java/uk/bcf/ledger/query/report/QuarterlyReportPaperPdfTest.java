package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.report.SampleReports.commentary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The board paper read back with PDFBox: tagged (a structure tree of headings, tables and figures with alternative
 * text), every font embedded so that ✓, →, £ and names beyond Latin-1 print, "Page n of m" on every page, no heading
 * left at the foot of a page, and fractions whole.
 */
class QuarterlyReportPaperPdfTest {

    private static final String BEYOND_LATIN_1 = "Targets met ✓ → £1,250 saved; thanks to Łukasz Dvořák and Ōtsuka.";

    private static byte[] pdf;

    /** Renders the sample paper once, and leaves it in {@code target/} for a person to look at. */
    @BeforeAll
    static void paper() throws IOException {
        QuarterlyReportView report = SampleReports.bromley(List.of(
                commentary("NEL", "2019-20-Q1", BEYOND_LATIN_1),
                commentary("NEL", "2019-20-Q2", "September is not yet published.")));
        pdf = QuarterlyReportPdf.render(
                new QuarterlyReportPaperHtml(engine()).render(report), QuarterlyReportPaperHtml.BASE_URI);
        Files.write(Path.of("target", "sample-report-paper.pdf"), pdf);
    }

    @Test
    void thePaperIsTaggedWithItsTitleAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Bromley Better Care Fund 2019-20 Quarter 1 and Quarter 2 performance report");
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .as("XMP metadata claiming PDF/UA-1 and PDF/A-3a")
                    .contains("pdfuaid:part", "pdfaid:part");

            List<PDStructureElement> elements = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), elements);
            List<String> types =
                    elements.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types).contains("H1", "H2", "H3", "Table", "TR", "TH", "TD", "Caption", "P", "Figure");
            assertThat(elements)
                    .filteredOn(element -> "Figure".equals(element.getStructureType()))
                    .allSatisfy(figure ->
                            assertThat(figure.getAlternateDescription()).isNotBlank());
        }
    }

    @Test
    void everyFontIsEmbeddedAndEveryCharacterPrints() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset of the bundled font").contains("DejaVuSans");
            });
            assertThat(text(document)).contains(BEYOND_LATIN_1);
        }
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                assertThat(pageText(document, page)).contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void noPageEndsWithAHeading() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> headings = List.of("Performance", "Commentary", "Quarter 1", "Quarter 2");
            for (int page = 1; page < document.getNumberOfPages(); page++) {
                List<String> lines = pageText(document, page)
                        .lines()
                        .filter(line -> !line.isBlank() && !line.contains(" of " + document.getNumberOfPages()))
                        .toList();
                String last = lines.get(lines.size() - 1).strip();
                assertThat(last)
                        .as("last line of page %d", page)
                        .isNotIn(headings)
                        .doesNotMatch("[A-Z0-9_]+: .*");
            }
        }
    }

    @Test
    void fractionsStayWhole() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("(73/74)", "(446/495)").doesNotContainPattern("73/\\s+74|73\\s+/74");
        }
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element);
                collect(element, elements);
            }
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine;
    }
}
