package uk.bcf.ledger.command.pool;

import jakarta.servlet.http.HttpServletRequest;
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
import uk.bcf.ledger.command.http.RequestAuthor;
import uk.bcf.ledger.command.http.WriteHeaders;
import uk.bcf.ledger.shared.command.pool.AddSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.CorrectSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawSchemeLineCommand;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Writes a pool's scheme lines: {@code POST /schemes} adds one and answers with the {@code lineId} the pool gave
 * it; {@code PUT} and {@code DELETE /schemes/{lineId}} correct and withdraw it, with a reason.
 */
@RestController
@RequestMapping("/api/boards/{code}/pool/{fy}/schemes")
class SchemeLineController {

    private static final String KEY = WriteHeaders.IDEMPOTENCY_KEY;

    private final CommandSender commands;

    SchemeLineController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<PoolEntryResponse> add(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestBody SchemeLineRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key) {
        FinancialYear year = PoolRequests.year(fy);
        CommandSender.Sent sent = commands.send(
                new AddSchemeLineCommand(code, year, body.line(), RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        String lineId = PoolEntryIds.line(sent.stored().aggregateSequence());
        return created(code, year, "line", lineId, lineId, null, sent);
    }

    @PutMapping("/{lineId}")
    ResponseEntity<PoolEntryResponse> correct(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String lineId,
            @RequestBody SchemeLineRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        FinancialYear year = PoolRequests.year(fy);
        CommandSender.Sent sent = commands.send(
                new CorrectSchemeLineCommand(
                        code,
                        year,
                        lineId,
                        body.line(),
                        body.reason(),
                        WriteHeaders.expectedVersion(ifMatch),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return created(code, year, "line", lineId, lineId, null, sent);
    }

    @DeleteMapping("/{lineId}")
    ResponseEntity<PoolEntryResponse> withdraw(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String lineId,
            @RequestBody PoolWithdrawalRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        FinancialYear year = PoolRequests.year(fy);
        CommandSender.Sent sent = commands.send(
                new WithdrawSchemeLineCommand(
                        code,
                        year,
                        lineId,
                        body.reason(),
                        WriteHeaders.expectedVersion(ifMatch),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return created(code, year, "line", lineId, lineId, null, sent);
    }

    private static ResponseEntity<PoolEntryResponse> created(
            String code,
            FinancialYear year,
            String kind,
            String id,
            String lineId,
            String period,
            CommandSender.Sent sent) {
        PoolEntryResponse response = PoolEntryResponse.of(code, year, kind, id, lineId, period, sent);
        return ResponseEntity.created(response.location()).body(response);
    }
}
