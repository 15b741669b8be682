package uk.bcf.ledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import uk.bcf.ledger.security.problem.ProblemJson;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Refuses request bodies over their limit with 413 before anything reads them: {@code max-size} for ordinary
 * requests, {@code upload-max-size} on the upload paths. A declared {@code Content-Length} is checked at once; a
 * chunked body is read up to its limit and handed on from memory only if it stays within it. Multipart uploads are
 * bounded by the container's own multipart limits, which the service sets no higher.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxSize;
    private final long uploadMaxSize;
    private final List<PathPattern> uploadPaths;

    public RequestBodyLimitFilter(LedgerSecurityProperties.RequestBody limits) {
        this.maxSize = limits.maxSize().toBytes();
        this.uploadMaxSize = limits.uploadMaxSize().toBytes();
        this.uploadPaths = limits.uploadPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, limit);
            return;
        }
        if (declared >= 0 || isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            refuse(response, limit);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** The largest body this request's path takes. */
    public long limitFor(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return uploadPaths.stream().anyMatch(pattern -> pattern.matches(path)) ? uploadMaxSize : maxSize;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    private static byte[] readAtMost(InputStream body, long bytes) throws IOException {
        return body.readNBytes((int) Math.min(bytes, Integer.MAX_VALUE - 8));
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        ProblemJson.write(
                response,
                Refusal.tooLarge("body", "is larger than the maximum of " + limit + " bytes for this request"));
    }
}
