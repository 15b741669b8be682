package uk.bcf.ledger.benchmark.dataset;

import java.util.SplittableRandom;

/**
 * How many people a synthetic board serves: its all-ages population in the first year, the share aged 65 and over,
 * and how fast each grows. Drawn so that boards range from small unitary authorities to large counties.
 */
record BoardSize(long allAgesAtStart, double share65AtStart, double allAgesGrowth, double over65Growth) {

    private static final double MEDIAN_POPULATION = 280_000;
    private static final long SMALLEST = 60_000;
    private static final long LARGEST = 1_400_000;

    static BoardSize draw(SplittableRandom random) {
        long population = Math.round(MEDIAN_POPULATION * Math.exp(0.55 * Gaussian.next(random)));
        return new BoardSize(
                Math.max(SMALLEST, Math.min(LARGEST, population)),
                0.12 + 0.10 * random.nextDouble(),
                0.004 + 0.005 * random.nextDouble(),
                0.015 + 0.015 * random.nextDouble());
    }

    /** The population of an age band in a calendar year, {@code yearsFromStart} after the first. */
    long count(String ageBand, int yearsFromStart) {
        double allAges = allAgesAtStart * Math.pow(1 + allAgesGrowth, yearsFromStart);
        if (!"65+".equals(ageBand)) {
            return Math.round(allAges);
        }
        return Math.round(allAgesAtStart * share65AtStart * Math.pow(1 + over65Growth, yearsFromStart));
    }
}
