package io.ledgerline.platform.idempotency;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a keyed POST in one transaction with its claim and its stored response: the command's events (and the
 * read models that subscribing processors write in the same unit of work) commit together with the key, or none of
 * them does. A process that dies mid-request therefore leaves no claim behind, and a retry with the same key runs
 * again instead of being refused forever; a repeat that arrives while the first still runs waits for the first's
 * commit on the key's row lock and then replays its response. Server errors roll everything back, and so do
 * refusals the caller may see lifted (403, and 404 for what the caller may not see or the service has not learnt
 * yet, such as a project created a moment ago): no command ran, so nothing is lost, and a retry with the same key
 * is judged again instead of being answered the stored refusal forever.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";

    private final IdempotencyRecords records;
    private final ProblemWriter problems;
    private final TransactionTemplate transactions;

    IdempotencyFilter(IdempotencyRecords records, ProblemWriter problems, TransactionTemplate transactions) {
        this.records = records;
        this.problems = problems;
        this.transactions = transactions;
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
        CallerContext context = CallerContexts.require();
        IdempotencyRecords.Caller caller = new IdempotencyRecords.Caller(context.tenant(), context.actor());
        String fingerprint = cached.fingerprint();
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean claimed;
        try {
            claimed = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!records.claim(caller, key, fingerprint)) {
                    return false;
                }
                run(chain, cached, recorded);
                if (recorded.getStatus() >= 500 || judgedAgainOnRetry(recorded.getStatus())) {
                    status.setRollbackOnly();
                } else {
                    records.complete(caller, key, StoredResponse.of(recorded));
                }
                return true;
            }));
        } catch (ChainFailure failure) {
            failure.rethrow();
            return;
        } catch (TransactionException notCommitted) {
            // Nothing was kept, neither the request's work nor its key: the client may retry with the same key. An
            // error answer stands; a success that did not commit must not be sent (the platform's UnavailableFilter
            // turns a database that went away into 503).
            if (recorded.getStatus() < 400) {
                response.reset();
                throw notCommitted;
            }
            claimed = true;
        }
        if (!claimed) {
            answerFromRecord(caller, key, fingerprint, response);
            return;
        }
        recorded.copyBodyToResponse();
    }

    private static boolean judgedAgainOnRetry(int status) {
        return status == HttpStatus.FORBIDDEN.value() || status == HttpStatus.NOT_FOUND.value();
    }

    private static void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new ChainFailure(e);
        } catch (ServletException e) {
            throw new ChainFailure(e);
        }
    }

    private void answerFromRecord(IdempotencyRecords.Caller caller, String key, String fingerprint,
                                  HttpServletResponse response) throws IOException {
        IdempotencyRecords.Claim claim = records.find(caller, key);
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

    /** Carries the chain's checked exceptions through the transaction callback, which rolls back on it. */
    private static final class ChainFailure extends RuntimeException {

        ChainFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
