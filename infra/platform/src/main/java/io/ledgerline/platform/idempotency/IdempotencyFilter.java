package io.ledgerline.platform.idempotency;

import io.ledgerline.platform.context.CallerContexts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Claims the key before the request runs, so two concurrent requests with one key cannot both create; stores the
 * response when the request completes below 500, and forgets the claim on a server error so the client can retry.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyRecords records;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyRecords records, ProblemWriter problems) {
        this.records = records;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 255) {
            problems.write(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to 255 characters");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String tenant = CallerContexts.require().tenant();
        String fingerprint = cached.fingerprint();
        if (!records.claim(tenant, key, fingerprint)) {
            answerFromRecord(tenant, key, fingerprint, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(cached, recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            records.forget(tenant, key);
            throw e;
        }
        if (recorded.getStatus() >= 500) {
            records.forget(tenant, key);
        } else {
            completeOrKeepClaim(tenant, key, recorded);
        }
        recorded.copyBodyToResponse();
    }

    /**
     * The request was applied: if its response cannot be stored (the database went away just now), the caller still
     * gets the true answer rather than an error that would claim nothing happened; the key stays claimed.
     */
    private void completeOrKeepClaim(String tenant, String key, ContentCachingResponseWrapper recorded) {
        try {
            records.complete(tenant, key, StoredResponse.of(recorded));
        } catch (DataAccessException e) {
            LOG.warn("request applied, but the response for its Idempotency-Key was not stored: {}", e.toString());
        }
    }

    private void answerFromRecord(String tenant, String key, String fingerprint, HttpServletResponse response)
            throws IOException {
        IdempotencyRecords.Claim claim = records.find(tenant, key);
        if (claim == null) {
            problems.write(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key has just failed; retry");
        } else if (!claim.fingerprint().equals(fingerprint)) {
            problems.write(response, HttpStatus.UNPROCESSABLE_ENTITY,
                    "This Idempotency-Key was used for a different request");
        } else if (claim.response() == null) {
            problems.write(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still in progress");
        } else {
            response.setHeader(REPLAYED, "true");
            claim.response().replay(response);
        }
    }
}
