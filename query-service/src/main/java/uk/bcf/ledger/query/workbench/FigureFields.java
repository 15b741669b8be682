package uk.bcf.ledger.query.workbench;

import java.util.ArrayList;
import java.util.List;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.ValueShape;

/**
 * The measurement fields a figure's form offers, from its metric's definition: a count takes its value (and a plan
 * per day where the metric states plans so); a rate per 100,000 its count, or numerator and population; a percentage
 * its numerator and denominator. Each field is named as the command service's API names it.
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
        if (metric.shape() == ValueShape.COUNT) {
            fields.add(new Field("value", "Value (" + metric.unit() + ")", "A whole number, such as 2300"));
            if (plan && metric.dailyRatePlans()) {
                fields.add(new Field(
                        "perDay",
                        "Or a plan per day (" + metric.dailyRateUnit() + ")",
                        "Give either the value or the plan per day"));
            }
        } else if (metric.shape() == ValueShape.RATE_PER_100K) {
            fields.add(new Field("value", "Count", "The count behind the rate, such as 65; or give both fields below"));
            fields.add(new Field("numerator", "Numerator", "Leave blank when you give the count"));
            fields.add(new Field(
                    "denominator",
                    "Population (" + metric.populationAgeBand() + ")",
                    "Leave blank to use the board's recorded population"));
        } else {
            fields.add(new Field("numerator", "Numerator", "For example 446 of 495"));
            fields.add(new Field("denominator", "Denominator", "For example 495"));
        }
        return fields;
    }
}
