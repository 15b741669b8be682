package uk.bcf.ledger.query.http;

import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.SignOffRepository;
import uk.bcf.ledger.shared.period.Quarter;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Resolves the moment parameters of every read ({@code asOf}, {@code since}; see {@link AsOfParameter}): now and an
 * instant as they are, a sign-off by looking up when that board's sign-off of the quarter was stored. Query handlers
 * call it, so that the look-up shares the read's transaction.
 */
@Component
public class AsOfResolver {

    private final SignOffRepository signOffs;

    AsOfResolver(SignOffRepository signOffs) {
        this.signOffs = signOffs;
    }

    /**
     * The moment named by a parameter of a board's read.
     *
     * @throws Refusal 404, naming {@code field}, when the board has no sign-off of the quarter named
     */
    public Moment resolve(String boardCode, String field, AsOfParameter parameter) {
        if (parameter instanceof AsOfParameter.AtInstant at) {
            return Moment.at(at.instant());
        }
        if (parameter instanceof AsOfParameter.AtSignOff at) {
            Quarter quarter = at.quarter();
            return signOffs.find(boardCode, quarter)
                    .map(Moment::signedOff)
                    .orElseThrow(() ->
                            Refusal.notFound(field, "board '" + boardCode + "' has no sign-off of " + quarter.code()));
        }
        return Moment.NOW;
    }

    /**
     * The moment of a parameter of a read across boards, where only an instant names one.
     *
     * @throws Refusal 400, naming {@code field}, for a sign-off
     */
    public AsOf resolveInstant(String field, AsOfParameter parameter) {
        if (parameter instanceof AsOfParameter.AtSignOff) {
            throw Refusal.invalid(field, "a sign-off belongs to one board: give an instant here");
        }
        return parameter instanceof AsOfParameter.AtInstant at ? AsOf.at(at.instant()) : AsOf.now();
    }
}
