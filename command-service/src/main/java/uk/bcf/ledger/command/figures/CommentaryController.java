package uk.bcf.ledger.command.figures;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.command.http.CommandSender;
import uk.bcf.ledger.command.http.FigureVersionResponse;
import uk.bcf.ledger.command.http.RequestAuthor;
import uk.bcf.ledger.command.http.RequestFields;
import uk.bcf.ledger.command.http.WriteHeaders;
import uk.bcf.ledger.shared.command.WriteCommentaryCommand;
import uk.bcf.ledger.shared.period.Period;

/** Writes the narrative of a board's report for a metric and quarter; each write is a new version. */
@RestController
class CommentaryController {

    private final CommandSender commands;

    CommentaryController(CommandSender commands) {
        this.commands = commands;
    }

    record CommentaryRequest(String metric, String period, String text) {}

    @PostMapping("/api/boards/{code}/commentary")
    ResponseEntity<FigureVersionResponse> write(
            @PathVariable String code,
            @RequestBody CommentaryRequest body,
            HttpServletRequest request,
            @RequestHeader(name = WriteHeaders.IDEMPOTENCY_KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        String metric = RequestFields.required("metric", body.metric());
        Period period = RequestFields.period(body.period());
        CommandSender.Sent sent = commands.send(
                new WriteCommentaryCommand(
                        code,
                        metric,
                        period,
                        body.text(),
                        WriteHeaders.expectedVersion(ifMatch),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/boards/" + code + "/commentary/" + metric + "/" + period.code()))
                .body(FigureVersionResponse.of(code, "commentary", metric, period.code(), sent));
    }
}
