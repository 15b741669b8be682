package uk.bcf.ledger.acceptance;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, checking a PDF against one profile (PDF/UA-1, PDF/A-3a):
 * answers each failed rule with its clause, test number, description and where in the document it failed.
 */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /** The failed rules of the PDF against the profile; empty when it conforms. */
    static List<String> failures(byte[] pdf, PDFAFlavour profile) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(VeraPdf::describe)
                    .distinct()
                    .toList();
            if (!result.isCompliant() && failed.isEmpty()) {
                return List.of("not compliant: " + result.getFailedChecks());
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF against " + profile, e);
        }
    }

    private static String describe(TestAssertion assertion) {
        return assertion.getRuleId().getSpecification() + " "
                + assertion.getRuleId().getClause() + "-"
                + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage()
                + (assertion.getErrorMessage() == null ? "" : " (" + assertion.getErrorMessage() + ")") + " at "
                + assertion.getLocation().getContext();
    }
}
