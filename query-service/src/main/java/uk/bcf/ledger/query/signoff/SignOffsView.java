package uk.bcf.ledger.query.signoff;

import java.util.List;
import uk.bcf.ledger.query.projection.SignOffRow;

/**
 * A board's quarterly sign-offs, oldest first.
 *
 * @param board    the board's code
 * @param signOffs its sign-offs stored by the moment asked for
 */
public record SignOffsView(String board, List<SignOffRow> signOffs) {

    public SignOffsView {
        signOffs = List.copyOf(signOffs);
    }
}
