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
import uk.bcf.ledger.command.http.RequestFields;
import uk.bcf.ledger.command.http.WriteHeaders;
import uk.bcf.ledger.shared.command.pool.CorrectSpendCommand;
import uk.bcf.ledger.shared.command.pool.RecordSpendCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawSpendCommand;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/**
 * Writes the quarterly spend of a pool's lines: {@code POST /spend} records a quarter, {@code PUT} and
 * {@code DELETE /spend/{lineId}/{period}} correct and withdraw it, with a reason.
 */
@RestController
@RequestMapping("/api/boards/{code}/pool/{fy}/spend")
class SpendController {

    private static final String KEY = WriteHeaders.IDEMPOTENCY_KEY;

    private final CommandSender commands;

    SpendController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<PoolEntryResponse> record(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestBody SpendRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key) {
        FinancialYear year = PoolRequests.year(fy);
        String lineId = RequestFields.required("lineId", body.lineId());
        Period period = RequestFields.period(body.period());
        CommandSender.Sent sent = commands.send(
                new RecordSpendCommand(code, year, lineId, period, body.spend(), RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return created(code, year, "spend", null, lineId, period.code(), sent);
    }

    @PutMapping("/{lineId}/{period}")
    ResponseEntity<PoolEntryResponse> correct(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String lineId,
            @PathVariable("period") String periodText,
            @RequestBody SpendRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        FinancialYear year = PoolRequests.year(fy);
        RequestFields.matchesPath("lineId", body.lineId(), lineId);
        RequestFields.matchesPath("period", body.period(), periodText);
        Period period = RequestFields.period(periodText);
        CommandSender.Sent sent = commands.send(
                new CorrectSpendCommand(
                        code,
                        year,
                        lineId,
                        period,
                        body.spend(),
                        body.reason(),
                        WriteHeaders.expectedVersion(ifMatch),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return created(code, year, "spend", null, lineId, period.code(), sent);
    }

    @DeleteMapping("/{lineId}/{period}")
    ResponseEntity<PoolEntryResponse> withdraw(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String lineId,
            @PathVariable("period") String periodText,
            @RequestBody PoolWithdrawalRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        FinancialYear year = PoolRequests.year(fy);
        Period period = RequestFields.period(periodText);
        CommandSender.Sent sent = commands.send(
                new WithdrawSpendCommand(
                        code,
                        year,
                        lineId,
                        period,
                        body.reason(),
                        WriteHeaders.expectedVersion(ifMatch),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return created(code, year, "spend", null, lineId, period.code(), sent);
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
