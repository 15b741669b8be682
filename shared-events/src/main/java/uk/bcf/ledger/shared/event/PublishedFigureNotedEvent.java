package uk.bcf.ledger.shared.event;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/**
 * A figure as printed in a published report, noted beside the version of the plan or actual it was imported
 * with, and checked against what that version's components give. Stored by the ledger right after the figure's
 * own event; {@code agrees} is false where the published figure disagrees beyond the metric's display rounding.
 *
 * @param version        the version of the figure the published value was imported with
 * @param publishedValue the figure as printed
 * @param computedValue  what the components give, rounded half up to the metric's display decimals
 * @param agrees         whether the published figure rounds to the computed one
 */
@Revision("1")
public record PublishedFigureNotedEvent(
        String boardCode,
        String metric,
        Period period,
        FigureKind kind,
        int version,
        BigDecimal publishedValue,
        BigDecimal computedValue,
        boolean agrees,
        Provenance provenance)
        implements FigureEvent {}
