package uk.bcf.ledger.benchmark.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Periods;

class DatasetGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final DatasetGenerator GENERATOR = DatasetGenerator.standard();

    @Test
    void theSameSeedGivesTheSameDataset() {
        NationalDataset first = GENERATOR.generate(spec(7, 20_000));
        NationalDataset second = GENERATOR.generate(spec(7, 20_000));

        assertThat(second).isEqualTo(first);
        assertThat(ImportFiles.of(second.figures())).isEqualTo(ImportFiles.of(first.figures()));
    }

    @Test
    void anotherSeedGivesOtherFigures() {
        assertThat(GENERATOR.generate(spec(8, 5_000)).figures())
                .isNotEqualTo(GENERATOR.generate(spec(7, 5_000)).figures());
    }

    @Test
    void aBoardsDataDoesNotDependOnHowManyBoardsAreGenerated() {
        BoardDataset small = GENERATOR.generate(spec(7, 1)).boards().get(0);
        BoardDataset large = GENERATOR.generate(spec(7, 20_000)).boards().get(0);

        assertThat(large).isEqualTo(small);
        assertThat(small.board().code()).isEqualTo("E06000001");
    }

    @Test
    void boardsAreAddedUntilTheTargetIsReached() {
        NationalDataset dataset = GENERATOR.generate(spec(7, 20_000));
        List<BoardDataset> boards = dataset.boards();
        long withoutLast = dataset.events() - boards.get(boards.size() - 1).events();

        assertThat(dataset.events()).isGreaterThanOrEqualTo(20_000);
        assertThat(withoutLast).isLessThan(20_000);
    }

    @Test
    void everyFigureIsOfAMetricInForceAndActualsAreForPeriodsOver() {
        MetricCatalogue catalogue = MetricCatalogue.standard();
        NationalDataset dataset = GENERATOR.generate(spec(7, 3_000));

        assertThat(dataset.figures()).allSatisfy(row -> {
            var period = Periods.parse(row.period());
            assertThat(catalogue.find(row.metric()).orElseThrow().inForce(period.financialYear()))
                    .isTrue();
            if (row.kind().equals("actual")) {
                assertThat(period.lastDay()).isBefore(TODAY);
            }
        });
    }

    @Test
    void aboutOneFigureInTenIsCorrectedWithAReason() {
        NationalDataset dataset = GENERATOR.generate(spec(7, 20_000));
        double share = (double) dataset.corrections().size() / dataset.figures().size();

        assertThat(share).isBetween(0.08, 0.12);
        assertThat(dataset.corrections())
                .allSatisfy(row -> assertThat(row.reason()).isNotBlank());
        assertThat(dataset.withdrawals()).isNotEmpty();
    }

    @Test
    void importFilesKeepToTheRowLimitAndCarryTheHeader() {
        NationalDataset dataset = GENERATOR.generate(spec(7, 3_000));

        List<String> files = ImportFiles.of(dataset.figures(), 1_000);

        assertThat(files).allSatisfy(file -> {
            assertThat(file).startsWith(FigureRow.HEADER + "\r\n");
            assertThat(file.split("\r\n")).hasSizeLessThanOrEqualTo(1_001);
        });
        assertThat(files.stream()
                        .mapToInt(file -> file.split("\r\n").length - 1)
                        .sum())
                .isEqualTo(dataset.figures().size());
    }

    private static DatasetSpec spec(long seed, long events) {
        return new DatasetSpec(seed, events, FinancialYear.of("2014-15"), FinancialYear.of("2025-26"), TODAY);
    }
}
