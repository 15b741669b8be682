package uk.bcf.ledger.command.figures;

import uk.bcf.ledger.shared.figure.Measurement;

/** The latest version of one plan or actual, as far as the ledger's decisions need it. */
record FigureState(int version, Measurement measurement, String source, boolean active) {

    static int nextVersion(FigureState current) {
        return current == null ? 1 : current.version() + 1;
    }

    FigureState withdrawn(int newVersion) {
        return new FigureState(newVersion, measurement, source, false);
    }
}
