package uk.bcf.ledger.command.figures;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.bcf.ledger.command.figures.FigureTestData.*;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.command.rules.ViolationKind;
import uk.bcf.ledger.shared.command.*;
import uk.bcf.ledger.shared.event.*;
import uk.bcf.ledger.shared.figure.*;

class MetricYearZzSanityTest {
    @Test void scaleMatters() {
        assertThrows(AssertionError.class, () -> metricYearFixture().givenNoPriorActivity()
            .when(new SetPlanCommand(BROMLEY, "DTOC", period("2019-20"), perDay("12.50"), null, ANALYST))
            .expectEvents(new PlanSetEvent(BROMLEY, "DTOC", period("2019-20"), Measurement.perDay(new BigDecimal("12.50")), 1, recorded(null))));
    }
    @Test void provenanceMatters() {
        assertThrows(AssertionError.class, () -> metricYearFixture().givenNoPriorActivity()
            .when(new SetPlanCommand(BROMLEY, "DTOC", period("2019-20"), perDay("12.50"), null, ANALYST))
            .expectEvents(new PlanSetEvent(BROMLEY, "DTOC", period("2019-20"), Measurement.perDay(new BigDecimal("12.5")), 1,
                new Provenance(ANALYST, NOW.plusSeconds(1), null, null))));
    }
    @Test void sequenceMatters() {
        assertThrows(AssertionError.class, () -> metricYearFixture().givenNoPriorActivity()
            .when(new SetPlanCommand(BROMLEY, "DTOC", period("2019-20"), perDay("12.50"), null, ANALYST))
            .expectResultMessagePayload(new FigureVersion("E09000006/DTOC/2019-20", 1, 1)));
    }
    @Test void fieldMatters() {
        assertThrows(AssertionError.class, () -> metricYearFixture().givenNoPriorActivity()
            .when(new RecordActualCommand(BROMLEY, "NEL", period("2019-04"), value("-1"), null, ANALYST))
            .expectException(refusal(ViolationKind.INVALID, "numerator")));
    }
    @Test void kindMatters() {
        assertThrows(AssertionError.class, () -> metricYearFixture().givenNoPriorActivity()
            .when(new RecordActualCommand(BROMLEY, "NEL", period("2019-04"), value("-1"), null, ANALYST))
            .expectException(refusal(ViolationKind.CONFLICT, "value")));
    }
    @Test void wholePerDay() {
        metricYearFixture().givenNoPriorActivity()
            .when(new SetPlanCommand(BROMLEY, "DTOC", period("2019-20"), perDay("10"), null, ANALYST))
            .expectEvents(new PlanSetEvent(BROMLEY, "DTOC", period("2019-20"), Measurement.perDay(new BigDecimal("10")), 1, recorded(null)));
    }
    @Test void blankSourceDefaults() {
        metricYearFixture().givenNoPriorActivity()
            .when(new RecordActualCommand(BROMLEY, "NEL", period("2019-04"), value("2134"), "  ", ANALYST))
            .expectEvents(new ActualRecordedEvent(BROMLEY, "NEL", period("2019-04"), Measurement.count(2134), 1, recorded(SUS)));
    }
}
