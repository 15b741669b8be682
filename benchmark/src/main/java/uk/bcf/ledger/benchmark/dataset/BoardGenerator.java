package uk.bcf.ledger.benchmark.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * Generates one synthetic board's data. Each board draws from a random stream of its own, seeded from the
 * dataset's seed and the board's number, so a board's data does not depend on how many boards are generated.
 */
final class BoardGenerator {

    private static final double REVISED_VINTAGE = 0.3;
    private static final int REVISED_VINTAGE_FROM = 2020;

    private final DatasetSpec spec;
    private final MetricCatalogue catalogue;
    private final MetricProfiles profiles;

    BoardGenerator(DatasetSpec spec, MetricCatalogue catalogue, MetricProfiles profiles) {
        this.spec = spec;
        this.catalogue = catalogue;
        this.profiles = profiles;
    }

    BoardDataset generate(SyntheticBoard board) {
        SplittableRandom random = new SplittableRandom(spec.seed() * 1_000_003L + board.index());
        BoardSize size = BoardSize.draw(random);
        Map<String, Long> latest = new HashMap<>();
        List<PopulationFigure> populations = populations(board, size, random, latest);
        PublishedValues published = new PublishedValues(latest);
        Map<String, Double> performance = new HashMap<>();
        List<FigureRow> figures = new ArrayList<>();
        for (FinancialYear year : years()) {
            for (MetricDefinition metric : catalogue.inForce(year)) {
                MetricProfile profile = profiles.of(metric);
                double factor =
                        performance.computeIfAbsent(metric.code(), code -> Math.exp(0.15 * Gaussian.next(random)));
                long population = latest.get(PublishedValues.key(year.startYear(), profile.band()));
                MonthlySeries series = MonthlySeries.draw(year, profile, population, factor, random);
                figures.addAll(new MetricYearFigures(board.code(), metric, year, series, profile, published)
                        .rows(spec.today(), random));
            }
        }
        List<SignOff> signOffs = signOffs(board, random);
        List<FigureRow> corrections = Revisions.corrections(figures, random);
        List<Withdrawal> withdrawals = Revisions.withdrawals(figures, random);
        return new BoardDataset(board, populations, figures, signOffs, corrections, withdrawals);
    }

    /** The age bands the catalogue's rates and the profiles name: 65+ and all ages. */
    private TreeSet<String> bands() {
        TreeSet<String> bands = new TreeSet<>();
        for (MetricDefinition metric : catalogue.all()) {
            bands.add(profiles.of(metric).band());
        }
        return bands;
    }

    private List<PopulationFigure> populations(
            SyntheticBoard board, BoardSize size, SplittableRandom random, Map<String, Long> latest) {
        List<PopulationFigure> populations = new ArrayList<>();
        boolean revisesLaterYears = random.nextDouble() < REVISED_VINTAGE;
        for (FinancialYear year : years()) {
            int calendarYear = year.startYear();
            for (String band : bands()) {
                long count = size.count(band, calendarYear - spec.firstYear().startYear());
                int vintage = calendarYear - calendarYear % 2 - 2;
                populations.add(new PopulationFigure(
                        board.code(), calendarYear, band, count, "ONS " + vintage + "-based SNPP"));
                if (revisesLaterYears && calendarYear >= REVISED_VINTAGE_FROM) {
                    count = Math.round(count * (1 + 0.015 * Gaussian.next(random)));
                    populations.add(
                            new PopulationFigure(board.code(), calendarYear, band, count, "ONS 2021-based SNPP"));
                }
                latest.put(PublishedValues.key(calendarYear, band), count);
            }
        }
        return populations;
    }

    /** Every quarter's report, signed off at a meeting six to ten weeks after the quarter ended, if already held. */
    private List<SignOff> signOffs(SyntheticBoard board, SplittableRandom random) {
        List<SignOff> signOffs = new ArrayList<>();
        for (FinancialYear year : years()) {
            for (Quarter quarter : year.quarters()) {
                LocalDate meeting = quarter.lastDay().plusDays(42 + random.nextInt(29));
                if (meeting.isBefore(spec.today())) {
                    signOffs.add(new SignOff(
                            board.code(), quarter.code(), meeting, board.name() + " Health and Wellbeing Board"));
                }
            }
        }
        return signOffs;
    }

    private List<FinancialYear> years() {
        List<FinancialYear> years = new ArrayList<>();
        for (int start = spec.firstYear().startYear(); start <= spec.lastYear().startYear(); start++) {
            years.add(new FinancialYear(start));
        }
        return years;
    }
}
