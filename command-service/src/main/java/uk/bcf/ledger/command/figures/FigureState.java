package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * The latest version of one plan or actual, as far as the ledger's decisions need it.
 *
 * @param published the published figure last noted on this version, or null
 */
record FigureState(int version, Measurement measurement, String source, boolean active, BigDecimal published) {

    static int nextVersion(FigureState current) {
        return current == null ? 1 : current.version() + 1;
    }

    FigureState withdrawn(int newVersion) {
        return new FigureState(newVersion, measurement, source, false, null);
    }

    /** This state with a published figure noted on it, if the note is about this version. */
    FigureState noted(int notedVersion, BigDecimal value) {
        return notedVersion == version ? new FigureState(version, measurement, source, active, value) : this;
    }
}
