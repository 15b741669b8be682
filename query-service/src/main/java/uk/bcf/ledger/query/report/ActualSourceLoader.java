package uk.bcf.ledger.query.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.FigureHistoryIndex;
import uk.bcf.ledger.query.projection.FigureVersionRepository;
import uk.bcf.ledger.query.projection.FigureVersionRow;
import uk.bcf.ledger.shared.figure.FigureKind;

/**
 * The distinct sources of the actuals a metric's section shows: those of the report's year and the year before's
 * it is compared with, each from the version of the figure valid at the report's moment (the last of its history).
 * The histories of both years' actuals are read once per report.
 */
@Component
class ActualSourceLoader {

    private final FigureVersionRepository figures;

    ActualSourceLoader(FigureVersionRepository figures) {
        this.figures = figures;
    }

    /** The sources of each metric's actuals in one report, in order of first appearance; empty when none states one. */
    Function<MetricData, List<String>> of(String boardCode, ReportScope scope, AsOf asOf) {
        FigureHistoryIndex year = figures.historiesOf(boardCode, FigureKind.ACTUAL, scope.year(), asOf);
        FigureHistoryIndex prior = scope.previousYear()
                .map(previous -> figures.historiesOf(boardCode, FigureKind.ACTUAL, previous, asOf))
                .orElse(null);
        return data -> {
            TableShape shape = TableShape.of(data);
            return Stream.concat(
                            data.actuals().stream().map(actual -> year.of(actual.metric(), actual.period())),
                            data.priorActuals().stream()
                                    .filter(actual -> prior != null && shape.comparesWith(actual.period(), scope))
                                    .map(actual -> prior.of(actual.metric(), actual.period())))
                    .filter(history -> !history.isEmpty())
                    .map(history -> history.get(history.size() - 1))
                    .map(FigureVersionRow::source)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
        };
    }
}
