package uk.bcf.ledger.query.workbench;

import java.util.ArrayList;
import java.util.List;
import uk.bcf.ledger.shared.metric.MetricDefinition;

/**
 * The measurement fields a figure's form offers, from its metric's definition, as documents print figures: a count
 * takes its value (and a plan per day where the metric states plans so); a rate per 100,000 its rate, or its count,
 * or numerator and population (a standardised rate: its rate and optionally the count); a percentage its percentage
 * or numerator and denominator; an average its mean or total and cases; every figure optionally the value a
 * document published. Each field is named as the command service's API names it.
 */
final class FigureFields {

    /**
     * @param name  the API's field name, also the input's name and id
     * @param label what the label says
     * @param hint  the hint under the label
     */
    record Field(String name, String label, String hint) {}

    private FigureFields() {}

    static List<Field> of(MetricDefinition metric, boolean plan) {
        List<Field> fields = new ArrayList<>();
        switch (metric.shape()) {
            case COUNT -> {
                fields.add(new Field("value", "Value (" + metric.unit() + ")", "A whole number, such as 2300"));
                if (plan && metric.dailyRatePlans()) {
                    fields.add(new Field(
                            "perDay",
                            "Or a plan per day (" + metric.dailyRateUnit() + ")",
                            "Give either the value or the plan per day"));
                }
            }
            case RATE_PER_100K -> {
                fields.add(new Field("rate", "Rate per 100,000", "As printed, such as 1037.2"));
                fields.add(
                        new Field(
                                "value",
                                "Count",
                                metric.isStandardised()
                                        ? "Optional: the count behind the standardised rate"
                                        : "Or the count behind the rate, such as 65 (the rate then comes from the population)"));
                if (!metric.isStandardised()) {
                    fields.add(new Field("numerator", "Numerator", "With the population, instead of the count"));
                    fields.add(new Field(
                            "denominator",
                            "Population (" + metric.populationAgeBand() + ")",
                            "Leave blank to use the board's recorded population"));
                }
            }
            case PERCENTAGE -> {
                fields.add(new Field("percent", "Percentage", "As printed, such as 8.4; or give both fields below"));
                fields.add(new Field("numerator", "Numerator", "For example 446 of 495"));
                fields.add(new Field("denominator", "Denominator", "For example 495"));
            }
            case MEAN -> {
                fields.add(new Field(
                        "mean",
                        "Average (" + metric.unit() + ")",
                        "As printed, such as 9.2; or give both fields below"));
                fields.add(new Field("numerator", "Total", "For example the total days delayed"));
                fields.add(new Field("denominator", "Number of cases", "For example the discharges"));
            }
        }
        fields.add(new Field(
                "publishedValue",
                "Published value (optional)",
                "The figure as the document prints it, checked at its printed precision"));
        return fields;
    }
}
