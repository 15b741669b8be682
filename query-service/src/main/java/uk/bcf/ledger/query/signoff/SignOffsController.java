package uk.bcf.ledger.query.signoff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.api.AsOfParameter;
import uk.bcf.ledger.query.api.AsOfResolver;
import uk.bcf.ledger.query.api.ReadRefused;
import uk.bcf.ledger.query.readmodel.BoardTables;
import uk.bcf.ledger.query.readmodel.SignOffRow;
import uk.bcf.ledger.query.readmodel.SignOffs;
import uk.bcf.ledger.shared.query.AsOf;

/**
 * A board's quarterly sign-offs, oldest first: each one's {@code recordedAt} is the moment to read any view as of
 * ({@code asOf=sign-off:<quarter>}) to see what was presented.
 */
@RestController
class SignOffsController {

    private final BoardTables boards;
    private final SignOffs signOffs;
    private final AsOfResolver moments;

    SignOffsController(BoardTables boards, SignOffs signOffs, AsOfResolver moments) {
        this.boards = boards;
        this.signOffs = signOffs;
        this.moments = moments;
    }

    @Operation(summary = "A board's quarterly sign-offs, as known at a moment")
    @GetMapping("/api/boards/{code}/sign-offs")
    List<SignOffRow> signOffs(@PathVariable String code,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        AsOf moment = moments.resolve(code, "asOf", asOf).asOf();
        if (boards.find(code, moment).isEmpty()) {
            throw ReadRefused.notFound("board", "no board with code '" + code + "' is known");
        }
        return signOffs.of(code, moment);
    }
}
