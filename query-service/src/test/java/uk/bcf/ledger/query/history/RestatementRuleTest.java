package uk.bcf.ledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.bcf.ledger.query.projection.SignOffRow;
import uk.bcf.ledger.shared.period.Period;

/** Which versions restate a signed-off figure, with one sign-off of 2019-20-Q2 stored at 21 Nov 2019 17:00. */
class RestatementRuleTest {

    private static final Instant SIGNED_OFF = Instant.parse("2019-11-21T17:00:00Z");
    private static final List<SignOffRow> SIGN_OFFS = List.of(
            new SignOffRow(Period.parse("2019-20-Q2"), LocalDate.of(2019, 11, 21), "board", "secretary", SIGNED_OFF));

    @ParameterizedTest(name = "{0} first stored {1}, version stored {2}: {3}")
    @CsvSource({
        "2019-07,    2019-09-20T10:00:00Z, 2019-09-20T10:00:00Z, false",
        "2019-07,    2019-09-20T10:00:00Z, 2019-10-01T10:00:00Z, false",
        "2019-07,    2019-09-20T10:00:00Z, 2019-11-21T17:00:00Z, false",
        "2019-07,    2019-09-20T10:00:00Z, 2019-12-01T10:00:00Z, true",
        "2019-07,    2019-11-21T17:00:00Z, 2019-12-01T10:00:00Z, true",
        "2019-20-Q2, 2019-09-20T10:00:00Z, 2019-12-01T10:00:00Z, true",
        "2019-20,    2019-04-01T10:00:00Z, 2019-12-01T10:00:00Z, true",
        "2019-04,    2019-06-01T10:00:00Z, 2019-12-01T10:00:00Z, false",
        "2019-20-Q1, 2019-08-01T10:00:00Z, 2019-12-01T10:00:00Z, false",
        "2019-20-Q3, 2019-11-01T10:00:00Z, 2019-12-01T10:00:00Z, false",
        "2020-21,    2019-04-01T10:00:00Z, 2019-12-01T10:00:00Z, false",
        "2019-09,    2019-12-01T10:00:00Z, 2019-12-01T10:00:00Z, false",
        "2019-09,    2019-12-01T10:00:00Z, 2019-12-02T10:00:00Z, false"
    })
    void aVersionAfterASignOffRestatesAFigureTheSignOffReported(
            String period, String firstStored, String stored, boolean restatement) {
        RestatementRule rule = new RestatementRule(Period.parse(period), SIGN_OFFS, Instant.parse(firstStored));

        assertThat(rule.restates(Instant.parse(stored))).isEqualTo(restatement);
    }
}
