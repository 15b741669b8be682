package uk.bcf.ledger.shared.upcast;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;

/**
 * Revision 1 to 2 of the four events that carry a {@code Measurement} (plan set and revised, actual recorded and
 * corrected). Revision 2 added the forms documents print a figure in ({@code rate}, {@code percent},
 * {@code mean}); a revision 1 measurement gave none of them, which revision 2 writes by leaving them out, so the
 * payload is carried over as it is and only its revision is raised. Events in the store are never rewritten: this
 * runs on every read of an older event.
 */
public final class MeasurementFormsUpcaster extends SingleEventUpcaster {

    private static final String FROM = "1";
    private static final String TO = "2";
    private static final Set<String> TYPES = Set.of(
            PlanSetEvent.class.getName(),
            PlanRevisedEvent.class.getName(),
            ActualRecordedEvent.class.getName(),
            ActualCorrectedEvent.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName())
                && FROM.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(representation.getType().getName(), TO), JsonNode.class, Function.identity());
    }
}
