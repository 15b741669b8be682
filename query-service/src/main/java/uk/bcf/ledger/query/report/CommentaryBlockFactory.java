package uk.bcf.ledger.query.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import uk.bcf.ledger.query.projection.CommentaryRow;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * Builds a metric's commentary blocks: one for each covered quarter and then the year, in that order, each split
 * into paragraphs on blank lines. The text stays plain text: the page escapes it.
 */
final class CommentaryBlockFactory {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R");

    private CommentaryBlockFactory() {}

    static List<CommentaryBlock> of(String metric, ReportScope scope, List<CommentaryRow> commentaries) {
        List<Period> periods = new ArrayList<>(scope.coveredQuarters());
        periods.add(scope.year());
        List<CommentaryBlock> blocks = new ArrayList<>();
        for (Period period : periods) {
            commentaries.stream()
                    .filter(commentary -> commentary.metric().equals(metric)
                            && commentary.period().equals(period.code()))
                    .findFirst()
                    .ifPresent(commentary -> blocks.add(
                            new CommentaryBlock(period.code(), heading(period), paragraphs(commentary.text()))));
        }
        return blocks;
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(BLANK_LINE.split(text.strip()))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    private static String heading(Period period) {
        return period instanceof Quarter quarter ? "Quarter " + quarter.number() : "The year " + period.code();
    }
}
