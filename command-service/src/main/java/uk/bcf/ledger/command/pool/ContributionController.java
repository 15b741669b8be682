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
import uk.bcf.ledger.shared.command.pool.CorrectContributionCommand;
import uk.bcf.ledger.shared.command.pool.RecordContributionCommand;
import uk.bcf.ledger.shared.command.pool.SetNationalMinimumsCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawContributionCommand;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Writes a pool's funding contributions and national minimums. Every write answers {@code 201 Created} with the
 * entry's new version, takes an optional {@code Idempotency-Key}, and changes take an optional {@code If-Match}.
 */
@RestController
@RequestMapping("/api/boards/{code}/pool/{fy}")
class ContributionController {

    private static final String KEY = WriteHeaders.IDEMPOTENCY_KEY;

    private final CommandSender commands;

    ContributionController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/contributions")
    ResponseEntity<PoolEntryResponse> record(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestBody ContributionRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key) {
        FinancialYear year = PoolRequests.year(fy);
        CommandSender.Sent sent = commands.send(
                new RecordContributionCommand(code, year, body.contribution(), RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        String id = PoolEntryIds.contribution(sent.stored().aggregateSequence());
        return created(code, year, "contribution", id, null, null, sent);
    }

    @PutMapping("/contributions/{id}")
    ResponseEntity<PoolEntryResponse> correct(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String id,
            @RequestBody ContributionRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        FinancialYear year = PoolRequests.year(fy);
        CommandSender.Sent sent = commands.send(
                new CorrectContributionCommand(
                        code,
                        year,
                        id,
                        body.contribution(),
                        body.reason(),
                        WriteHeaders.expectedVersion(ifMatch),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return created(code, year, "contribution", id, null, null, sent);
    }

    @DeleteMapping("/contributions/{id}")
    ResponseEntity<PoolEntryResponse> withdraw(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String id,
            @RequestBody PoolWithdrawalRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        FinancialYear year = PoolRequests.year(fy);
        CommandSender.Sent sent = commands.send(
                new WithdrawContributionCommand(
                        code,
                        year,
                        id,
                        body.reason(),
                        WriteHeaders.expectedVersion(ifMatch),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return created(code, year, "contribution", id, null, null, sent);
    }

    /** Sets the minimums, or (with a reason, by {@code POST} or {@code PUT}) changes those already set. */
    @PostMapping("/minimums")
    ResponseEntity<PoolEntryResponse> setMinimums(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestBody MinimumsRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        FinancialYear year = PoolRequests.year(fy);
        CommandSender.Sent sent = commands.send(
                new SetNationalMinimumsCommand(
                        code,
                        year,
                        body.minimums(),
                        body.reason(),
                        WriteHeaders.expectedVersion(ifMatch),
                        RequestAuthor.of(request)),
                WriteHeaders.idempotencyKey(key));
        return created(code, year, "minimums", "minimums", null, null, sent);
    }

    @PutMapping("/minimums")
    ResponseEntity<PoolEntryResponse> reviseMinimums(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestBody MinimumsRequest body,
            HttpServletRequest request,
            @RequestHeader(name = KEY, required = false) String key,
            @RequestHeader(name = WriteHeaders.IF_MATCH, required = false) String ifMatch) {
        return setMinimums(code, fy, body, request, key, ifMatch);
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
