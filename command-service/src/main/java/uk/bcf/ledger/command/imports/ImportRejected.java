package uk.bcf.ledger.command.imports;

/** An import refused because some of its rows break a rule (422): nothing was stored; the report says which. */
public class ImportRejected extends RuntimeException {

    private final transient ImportReport report;

    ImportRejected(ImportReport report) {
        super(report.totals().errors() + " of " + report.totals().rows() + " rows refused");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    /** Why, in words: how many rows were refused and that nothing was stored. */
    public String reason() {
        return getMessage() + "; nothing was stored. Correct the rows named in 'rows' and import the file again";
    }
}
