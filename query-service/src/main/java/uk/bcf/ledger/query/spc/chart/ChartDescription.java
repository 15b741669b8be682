package uk.bcf.ledger.query.spc.chart;

import static uk.bcf.ledger.query.spc.chart.ChartWording.withUnit;

import java.util.List;
import java.util.Locale;
import uk.bcf.ledger.query.spc.SpcPointResult;
import uk.bcf.ledger.query.spc.SpcResult;
import uk.bcf.ledger.query.spc.XmrChart;

/** The long description of a chart, read out in place of the picture: its span, mean, limits and icons in words. */
final class ChartDescription {

    private ChartDescription() {}

    static String of(SpcResult result, String unit, Double target) {
        List<SpcPointResult> points = result.points();
        return String.join(
                " ",
                "XmR chart of " + points.size() + " points from "
                        + points.get(0).period() + " to "
                        + points.get(points.size() - 1).period() + ".",
                "Mean " + withUnit(result.mean(), unit) + "; upper process limit "
                        + withUnit(result.upperLimit(), unit) + "; lower process limit "
                        + withUnit(result.lowerLimit(), unit) + limitsStatus(result) + ".",
                "Variation: " + lowerCaseFirst(ChartWording.variation(result.variation())) + ".",
                "Assurance: " + lowerCaseFirst(ChartWording.assurance(result.assurance(), target))
                        + (target == null ? "" : " against a target of " + withUnit(target, unit)) + ".");
    }

    private static String limitsStatus(SpcResult result) {
        return result.trialLimits()
                ? "; these are trial limits, from fewer than " + XmrChart.FULL_BASELINE_POINTS + " points"
                : "";
    }

    private static String lowerCaseFirst(String words) {
        return words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
    }
}
