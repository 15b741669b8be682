package uk.bcf.ledger.command.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.command.board.KnownPopulationRepository;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Groups the readable rows of an import by the ledger they belong to (board, metric and financial year), in the
 * order of each ledger's first row, as one preview command per ledger. A rate metric's command carries the board's
 * population for the calendar year the financial year starts in, so the ledger can check published rates.
 */
@Component
class LedgerCommandFactory {

    private final MetricCatalogue catalogue;
    private final KnownPopulationRepository populations;

    LedgerCommandFactory(MetricCatalogue catalogue, KnownPopulationRepository populations) {
        this.catalogue = catalogue;
        this.populations = populations;
    }

    List<ImportFiguresCommand> previews(List<FileRow> rows, String recordedBy) {
        Map<Ledger, List<ImportedFigure>> ledgers = new LinkedHashMap<>();
        rows.stream()
                .filter(FileRow::readable)
                .forEach(row -> ledgers.computeIfAbsent(
                                new Ledger(
                                        row.board(),
                                        row.metric(),
                                        row.figure().period().financialYear()),
                                ledger -> new ArrayList<>())
                        .add(row.figure()));
        Map<Population, Optional<Long>> counts = new HashMap<>();
        return ledgers.entrySet().stream()
                .map(ledger -> new ImportFiguresCommand(
                        ledger.getKey().board(),
                        ledger.getKey().metric(),
                        ledger.getKey().year(),
                        ledger.getValue(),
                        population(ledger.getKey(), counts),
                        ImportMode.PREVIEW,
                        recordedBy))
                .toList();
    }

    /** Each board's population of a year and age band is looked up once per file. */
    private Long population(Ledger ledger, Map<Population, Optional<Long>> counts) {
        return catalogue
                .find(ledger.metric())
                .map(MetricDefinition::populationAgeBand)
                .flatMap(ageBand -> counts.computeIfAbsent(
                        new Population(ledger.board(), ledger.year().startYear(), ageBand),
                        population -> populations.count(population.board(), population.year(), population.ageBand())))
                .orElse(null);
    }

    private record Ledger(String board, String metric, FinancialYear year) {}

    private record Population(String board, int year, String ageBand) {}
}
