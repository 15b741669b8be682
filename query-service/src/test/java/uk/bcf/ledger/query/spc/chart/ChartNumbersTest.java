package uk.bcf.ledger.query.spc.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Coordinates are written exactly as {@code String.format(Locale.ROOT, "%.1f", …)} writes them. */
class ChartNumbersTest {

    @Test
    void coordinatesAreWrittenAsTheFormatterWritesThem() {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int i = 0; i < 1_000_000; i++) {
            double pixels = random.nextDouble(-2_000, 2_000) * (i % 2 == 0 ? 1 : random.nextDouble());
            assertSameAsTheFormatter(pixels);
        }
    }

    @Test
    void tiesTenthsZeroAndNegativesAreWrittenAsTheFormatterWritesThem() {
        for (int twentieths = -40_000; twentieths <= 40_000; twentieths++) {
            assertSameAsTheFormatter(twentieths / 20.0);
            assertSameAsTheFormatter(twentieths * 0.05);
            assertSameAsTheFormatter(Math.nextUp(twentieths / 20.0));
            assertSameAsTheFormatter(Math.nextDown(twentieths / 20.0));
        }
        for (double pixels : new double[] {0.0, -0.0, -0.04, -0.05, 0.04, 1e9, -1e9, 123456789.25, Double.NaN}) {
            assertSameAsTheFormatter(pixels);
        }
    }

    private static void assertSameAsTheFormatter(double pixels) {
        assertThat(ChartNumbers.coordinate(pixels))
                .as("%s", pixels)
                .isEqualTo(String.format(Locale.ROOT, "%.1f", pixels));
    }
}
