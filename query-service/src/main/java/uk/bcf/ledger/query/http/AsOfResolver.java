package uk.bcf.ledger.query.http;

import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.projection.SignOffs;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * Resolves the moment parameters of every read ({@code asOf}, {@code since}; see {@link AsOfParameter}): an
 * instant as it is, a sign-off by looking up when that board's sign-off of the quarter was stored.
 */
@Component
public class AsOfResolver {

    private final SignOffs signOffs;

    AsOfResolver(SignOffs signOffs) {
        this.signOffs = signOffs;
    }

    /**
     * The moment named by an optional parameter of a board's read; now when it is absent.
     *
     * @throws ReadRefused 400 when malformed, 404 when the board has no sign-off of the quarter named
     */
    public Moment resolve(String boardCode, String field, String text) {
        return text == null || text.isBlank() ? Moment.NOW : resolveRequired(boardCode, field, text);
    }

    /** As {@link #resolve}, but the parameter must be given. */
    public Moment resolveRequired(String boardCode, String field, String text) {
        if (text == null || text.isBlank()) {
            throw ReadRefused.badRequest(field, "required: " + AsOfParameter.FORMS);
        }
        AsOfParameter parameter = AsOfParameter.parse(field, text);
        if (parameter instanceof AsOfParameter.AtInstant at) {
            return Moment.at(at.instant());
        }
        Quarter quarter = ((AsOfParameter.AtSignOff) parameter).quarter();
        return signOffs.find(boardCode, quarter)
                .map(Moment::signedOff)
                .orElseThrow(() -> ReadRefused.notFound(field,
                        "board '" + boardCode + "' has no sign-off of " + quarter.code()));
    }

    /** The moment of an optional parameter of a read across boards, where only an instant names one. */
    public Moment resolveInstant(String field, String text) {
        if (text == null || text.isBlank()) {
            return Moment.NOW;
        }
        if (AsOfParameter.parse(field, text) instanceof AsOfParameter.AtInstant at) {
            return Moment.at(at.instant());
        }
        throw ReadRefused.badRequest(field, "a sign-off belongs to one board: give an instant here");
    }
}
