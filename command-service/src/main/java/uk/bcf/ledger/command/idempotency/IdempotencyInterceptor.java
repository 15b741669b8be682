package uk.bcf.ledger.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import uk.bcf.ledger.command.access.CallerMetaData;
import uk.bcf.ledger.security.Caller;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Makes writes sent with an idempotency key safe to retry. Keys are the caller's own: one user's key never answers,
 * nor conflicts with, another user's request, so keys can be neither probed nor squatted. Runs inside the command's transaction: a key seen
 * before answers with the stored result and the command is not handled again; a new key's result is stored in
 * the same transaction as the events, so an acknowledged write and its stored answer cannot part. Two concurrent
 * requests with one new key both run; the second fails on the key's primary key and rolls back entirely.
 *
 * <p>It runs after the access check, so a stored answer is only ever given to a caller who may send the command,
 * and before the board check and the aggregate, so a replay is answered without being checked or handled again
 * (a retried registration gets its first answer, not "already registered"). The whole order is stated in
 * {@code CommandInterceptorChain}.
 */
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The command metadata entry carrying the key. */
    public static final String KEY = "idempotencyKey";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final IdempotentRequestRepository requests;

    public IdempotencyInterceptor(IdempotentRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object key = unitOfWork.getMessage().getMetaData().get(KEY);
        if (key == null) {
            return chain.proceed();
        }
        String caller = CallerMetaData.callerOf(unitOfWork.getMessage().getMetaData())
                .map(Caller::name)
                .orElse("");
        String fingerprint = RequestFingerprint.of(unitOfWork.getMessage().getPayload());
        Optional<IdempotentRequestRepository.StoredAnswer> stored = requests.find(caller, key.toString());
        if (stored.isPresent()) {
            return replay(stored.get(), fingerprint);
        }
        Object result = chain.proceed();
        requests.store(caller, key.toString(), fingerprint, JSON.writeValueAsString(result));
        return result;
    }

    private static FigureVersion replay(IdempotentRequestRepository.StoredAnswer stored, String fingerprint)
            throws Exception {
        if (!stored.requestFingerprint().equals(fingerprint)) {
            throw Refusal.unprocessable(
                    "Idempotency-Key", "was already used for a different request; use a new key for a new request");
        }
        return JSON.readValue(stored.result(), FigureVersion.class);
    }
}
