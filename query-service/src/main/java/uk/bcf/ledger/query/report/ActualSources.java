package uk.bcf.ledger.query.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.readmodel.FigureVersionRow;
import uk.bcf.ledger.query.readmodel.FiguresAsOf;
import uk.bcf.ledger.shared.query.AsOf;
import uk.bcf.ledger.shared.query.FigureKind;

/**
 * The distinct sources of the actuals a metric's section shows: those of the report's year and the year before's
 * it is compared with, each from the version of the figure valid at the report's moment (the last of its history).
 */
@Component
class ActualSources {

    private final FiguresAsOf figures;

    ActualSources(FiguresAsOf figures) {
        this.figures = figures;
    }

    /** The sources, in order of first appearance; empty when no figure states one. */
    List<String> of(String boardCode, MetricData data, ReportScope scope, AsOf asOf) {
        TableShape shape = TableShape.of(data);
        return Stream.concat(data.actuals().stream(),
                        data.priorActuals().stream().filter(prior -> shape.comparesWith(prior.period(), scope)))
                .map(actual -> figures.historyOf(boardCode, FigureKind.ACTUAL, actual.metric(), actual.period(), asOf))
                .filter(history -> !history.isEmpty())
                .map(history -> history.get(history.size() - 1))
                .map(FigureVersionRow::source)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
