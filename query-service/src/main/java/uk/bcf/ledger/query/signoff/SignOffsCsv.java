package uk.bcf.ledger.query.signoff;

import java.util.List;
import uk.bcf.ledger.query.http.CsvCells;
import uk.bcf.ledger.query.projection.SignOffRow;

/** Writes a board's sign-offs as CSV with {@link CsvCells}: a header line, then one line per sign-off, oldest first. */
final class SignOffsCsv {

    private static final List<String> HEADER =
            List.of("board", "period", "meeting_date", "signed_off_by", "recorded_by", "recorded_at");

    String write(SignOffsView view) {
        StringBuilder csv = new StringBuilder(CsvCells.line(HEADER));
        for (SignOffRow signOff : view.signOffs()) {
            csv.append(CsvCells.line(List.of(
                    view.board(),
                    signOff.period().code(),
                    signOff.meetingDate().toString(),
                    signOff.signedOffBy(),
                    signOff.recordedBy(),
                    signOff.recordedAt().toString())));
        }
        return csv.toString();
    }
}
