package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.query.report.UnbreakableText.Piece;

class UnbreakableTextTest {

    private final UnbreakableText text = new UnbreakableText();

    @Test
    void aFractionInBracketsIsOnePieceThatNeverBreaks() {
        assertThat(text.pieces("98.6% (73/74) against 90.1% (446/495)"))
                .containsExactly(
                        new Piece("98.6% ", false),
                        new Piece("(73/74)", true),
                        new Piece(" against 90.1% ", false),
                        new Piece("(446/495)", true));
    }

    @Test
    void fractionsWithThousandsSeparatorsAndBareFractionsAreWhole() {
        assertThat(text.pieces("1,073/1,174")).containsExactly(new Piece("1,073/1,174", true));
    }

    @Test
    void textWithoutAFractionIsOneBreakablePieceAndNothingIsLost() {
        assertThat(text.pieces("Published in Nov 19")).containsExactly(new Piece("Published in Nov 19", false));
        assertThat(text.pieces("")).isEmpty();
        assertThat(text.pieces(null)).isEqualTo(List.of());
    }
}
