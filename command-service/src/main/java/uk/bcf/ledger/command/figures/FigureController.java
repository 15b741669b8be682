package uk.bcf.ledger.command.figures;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.command.http.CommandSender;
import uk.bcf.ledger.command.http.FigureVersionResponse;
import uk.bcf.ledger.command.http.RequestAuthor;
import uk.bcf.ledger.command.http.RequestFields;
import uk.bcf.ledger.command.http.WriteHeaders;
import uk.bcf.ledger.shared.command.CorrectActualCommand;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.command.RevisePlanCommand;
import uk.bcf.ledger.shared.command.SetPlanCommand;
import uk.bcf.ledger.shared.command.WithdrawActualCommand;
import uk.bcf.ledger.shared.period.Period;

/**
 * Writes plans and actuals. Every write that stores a new version of a figure answers {@code 201 Created} with
 * that version; {@code Location} names the figure. Every write takes an optional {@code Idempotency-Key};
 * changes take an optional {@code If-Match} with the version the client read.
 */
@RestController
@RequestMapping("/api/boards/{code}")
class FigureController {

    private static final String KEY = WriteHeaders.IDEMPOTENCY_KEY;

    private final CommandSender commands;

    FigureController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/plans")
    ResponseEntity<FigureVersionResponse> setPlan(
            @PathVariable String code,
            @RequestBody FigureRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key) {
        String metric = RequestFields.required("metric", body.metric());
        Period period = RequestFields.period(body.period());
        return created(
                code,
                "plans",
                metric,
                period,
                commands.send(
                        new SetPlanCommand(
                                code,
                                metric,
                                period,
                                body.measurement(),
                                body.source(),
                                RequestAuthor.of(request),
                                body.publishedValue()),
                        WriteHeaders.idempotencyKey(key)));
    }

    @PutMapping("/plans/{metric}/{period}")
    ResponseEntity<FigureVersionResponse> revisePlan(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable("period") String periodText,
            @RequestBody FigureRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        Period period = pathPeriod(body, metric, periodText);
        return created(
                code,
                "plans",
                metric,
                period,
                commands.send(
                        new RevisePlanCommand(
                                code,
                                metric,
                                period,
                                body.measurement(),
                                body.source(),
                                body.reason(),
                                WriteHeaders.expectedVersion(ifMatch),
                                RequestAuthor.of(request),
                                body.publishedValue()),
                        WriteHeaders.idempotencyKey(key)));
    }

    @PostMapping("/actuals")
    ResponseEntity<FigureVersionResponse> recordActual(
            @PathVariable String code,
            @RequestBody FigureRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key) {
        String metric = RequestFields.required("metric", body.metric());
        Period period = RequestFields.period(body.period());
        return created(
                code,
                "actuals",
                metric,
                period,
                commands.send(
                        new RecordActualCommand(
                                code,
                                metric,
                                period,
                                body.measurement(),
                                body.source(),
                                RequestAuthor.of(request),
                                body.publishedValue()),
                        WriteHeaders.idempotencyKey(key)));
    }

    @PutMapping("/actuals/{metric}/{period}")
    ResponseEntity<FigureVersionResponse> correctActual(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable("period") String periodText,
            @RequestBody FigureRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        Period period = pathPeriod(body, metric, periodText);
        return created(
                code,
                "actuals",
                metric,
                period,
                commands.send(
                        new CorrectActualCommand(
                                code,
                                metric,
                                period,
                                body.measurement(),
                                body.source(),
                                body.reason(),
                                WriteHeaders.expectedVersion(ifMatch),
                                RequestAuthor.of(request),
                                body.publishedValue()),
                        WriteHeaders.idempotencyKey(key)));
    }

    @DeleteMapping("/actuals/{metric}/{period}")
    ResponseEntity<FigureVersionResponse> withdrawActual(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable("period") String periodText,
            @RequestBody WithdrawalRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        Period period = RequestFields.period(periodText);
        return created(
                code,
                "actuals",
                metric,
                period,
                commands.send(
                        new WithdrawActualCommand(
                                code,
                                metric,
                                period,
                                body.reason(),
                                WriteHeaders.expectedVersion(ifMatch),
                                RequestAuthor.of(request)),
                        WriteHeaders.idempotencyKey(key)));
    }

    private static Period pathPeriod(FigureRequest body, String metric, String periodText) {
        RequestFields.matchesPath("metric", body.metric(), metric);
        RequestFields.matchesPath("period", body.period(), periodText);
        return RequestFields.period(periodText);
    }

    private static ResponseEntity<FigureVersionResponse> created(
            String code, String kind, String metric, Period period, CommandSender.Sent sent) {
        URI location = URI.create("/api/boards/" + code + "/" + kind + "/" + metric + "/" + period.code());
        return ResponseEntity.created(location)
                .body(FigureVersionResponse.of(
                        code, kind.substring(0, kind.length() - 1), metric, period.code(), sent));
    }
}
