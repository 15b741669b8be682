package uk.bcf.ledger.command.board;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.command.http.CommandSender;
import uk.bcf.ledger.command.http.FigureVersionResponse;
import uk.bcf.ledger.command.http.RequestAuthor;
import uk.bcf.ledger.command.http.RequestFields;
import uk.bcf.ledger.command.http.WriteHeaders;
import uk.bcf.ledger.shared.command.RecordPopulationCommand;
import uk.bcf.ledger.shared.command.RegisterBoardCommand;
import uk.bcf.ledger.shared.command.SignOffQuarterCommand;
import uk.bcf.ledger.shared.period.Period;

/** Registers boards, records their population denominators and the sign-offs of their quarterly reports. */
@RestController
@RequestMapping("/api/boards")
class BoardController {

    private final CommandSender commands;

    BoardController(CommandSender commands) {
        this.commands = commands;
    }

    record RegisterBoardRequest(String code, String name) {}

    record PopulationRequest(Integer year, String ageBand, Long count, String source) {}

    record SignOffRequest(String period, LocalDate meetingDate, String signedOffBy) {}

    @PostMapping
    ResponseEntity<FigureVersionResponse> register(
            @RequestBody RegisterBoardRequest body,
            HttpServletRequest request,
            @RequestHeader(name = WriteHeaders.IDEMPOTENCY_KEY, required = false) String key) {
        String code = RequestFields.required("code", body.code());
        CommandSender.Sent sent = commands.send(
                new RegisterBoardCommand(code, RequestFields.required("name", body.name()), RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/boards/" + code))
                .body(FigureVersionResponse.of(code, "board", null, null, sent));
    }

    @PostMapping("/{code}/populations")
    ResponseEntity<FigureVersionResponse> recordPopulation(
            @PathVariable String code,
            @RequestBody PopulationRequest body,
            HttpServletRequest request,
            @RequestHeader(name = WriteHeaders.IDEMPOTENCY_KEY, required = false) String key) {
        CommandSender.Sent sent = commands.send(
                new RecordPopulationCommand(
                        code,
                        RequestFields.required("year", body.year()),
                        RequestFields.required("ageBand", body.ageBand()),
                        RequestFields.required("count", body.count()),
                        body.source(),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/boards/" + code + "/populations/" + body.year()))
                .body(FigureVersionResponse.of(code, "population", null, String.valueOf(body.year()), sent));
    }

    @PostMapping("/{code}/sign-offs")
    ResponseEntity<FigureVersionResponse> signOff(
            @PathVariable String code,
            @RequestBody SignOffRequest body,
            HttpServletRequest request,
            @RequestHeader(name = WriteHeaders.IDEMPOTENCY_KEY, required = false) String key) {
        Period period = RequestFields.period(body.period());
        CommandSender.Sent sent = commands.send(
                new SignOffQuarterCommand(
                        code,
                        period,
                        RequestFields.required("meetingDate", body.meetingDate()),
                        RequestFields.required("signedOffBy", body.signedOffBy()),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/boards/" + code + "/sign-offs/" + period.code()))
                .body(FigureVersionResponse.of(code, "sign-off", null, period.code(), sent));
    }
}
