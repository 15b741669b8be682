package uk.bcf.ledger.benchmark.dataset;

/**
 * How large one metric's synthetic figures are for a board (see {@code metric-profiles.json}).
 *
 * @param band              the population age band the figures scale with
 * @param perPersonPerMonth expected monthly count per person of the band; for a percentage, its denominator
 * @param share             for a percentage, the numerator as a share of the denominator
 * @param noise             relative spread of a month around its expected value
 * @param winterUplift      relative rise of December to February
 * @param planBias          relative offset of plans from the expected figure (negative: fewer than expected)
 */
public record MetricProfile(
        String band, double perPersonPerMonth, double share, double noise, double winterUplift, double planBias) {

    /** For a metric the profiles do not name: modest counts on the band given, or on all ages. */
    static MetricProfile fallback(String band, boolean percentage) {
        return new MetricProfile(band == null ? "all ages" : band, 0.001, percentage ? 0.8 : 0, 0.1, 0, 0);
    }
}
