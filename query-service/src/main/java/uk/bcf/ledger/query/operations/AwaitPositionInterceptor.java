package uk.bcf.ledger.query.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Read-your-writes for every read: a request with {@code awaitPosition} is answered only once every streaming
 * processor has processed the event at that global index, and refused with 503 (retry after a second) when that
 * does not happen within {@code awaitTimeout}, or at once when too many reads are waiting already
 * ({@link ProcessedPositionWatch}). Requests without it are answered at once.
 */
class AwaitPositionInterceptor implements HandlerInterceptor {

    private final ProcessedPositionWatch watch;

    AwaitPositionInterceptor(ProcessedPositionWatch watch) {
        this.watch = watch;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Optional<AwaitRequest> await = AwaitRequest.of(
                request.getParameter(AwaitRequest.POSITION), request.getParameter(AwaitRequest.TIMEOUT));
        await.ifPresent(this::awaitOrRefuse);
        return true;
    }

    private void awaitOrRefuse(AwaitRequest await) {
        if (!watch.await(await.position(), await.timeout())) {
            throw Refusal.notCaughtUp(
                    AwaitRequest.POSITION,
                    "the read models had not processed position " + await.position() + " within " + await.timeout());
        }
    }
}
