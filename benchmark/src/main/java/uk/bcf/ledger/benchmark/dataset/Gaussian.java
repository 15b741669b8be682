package uk.bcf.ledger.benchmark.dataset;

import java.util.SplittableRandom;

/** Standard normal draws from a {@link SplittableRandom} (Box-Muller), which has no Gaussian of its own on Java 17. */
final class Gaussian {

    private Gaussian() {}

    static double next(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
