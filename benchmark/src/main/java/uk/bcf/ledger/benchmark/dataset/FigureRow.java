package uk.bcf.ledger.benchmark.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * One row of an import file: a plan or actual of a board's metric for a period, with its components, source,
 * the reason of a change and the value as published.
 *
 * @param board     the board's ONS code
 * @param metric    the metric code
 * @param period    the period's code
 * @param kind      {@code plan} or {@code actual}
 * @param figure    the components
 * @param source    where the figure comes from
 * @param reason    why it changed; null for a first version
 * @param published the figure as printed (e.g. {@code 98.6%}); null when none
 */
public record FigureRow(
        String board,
        String metric,
        String period,
        String kind,
        Measurement figure,
        String source,
        String reason,
        String published) {

    /** The import file's header, exactly as the command service requires it. */
    public static final String HEADER =
            "board,metric,period,kind,value,numerator,denominator,per_day,source,reason,published_value";

    /** Whether storing this row also stores a published-figure note. */
    public boolean notesPublished() {
        return published != null;
    }

    /** The same figure, changed, with a reason and without a published value. */
    public FigureRow changedTo(Measurement changed, String why) {
        return new FigureRow(board, metric, period, kind, changed, source, why, null);
    }

    /** The row as a CSV line, without a line break. */
    public String csv() {
        return List.of(
                        board,
                        metric,
                        period,
                        kind,
                        number(figure.value()),
                        number(figure.numerator()),
                        number(figure.denominator()),
                        number(figure.perDay()),
                        cell(source),
                        cell(reason),
                        cell(published))
                .stream()
                .collect(Collectors.joining(","));
    }

    private static String number(Object number) {
        if (number == null) {
            return "";
        }
        return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
