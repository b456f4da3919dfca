package io.ledgerline.platform.web;

import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers 503 with {@code Retry-After} when a handler failed because the database is away. Ahead of the other advice,
 * so that such a failure, even wrapped (Spring matches causes too), is not reported as an internal error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnavailableAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(UnavailableAdvice.class);

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, SQLTransientConnectionException.class,
            SQLNonTransientConnectionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        LOG.warn("database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(DatabaseUnavailable.problem());
    }

    /**
     * A commit that failed because the connection was lost (PostgreSQL stopped mid-request) is rolled back by the
     * server, so it is unavailable too; any other transaction failure stays an internal error.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<ProblemDetail> transactionFailed(TransactionSystemException e) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e);
        }
        LOG.error("unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request failed unexpectedly and was not applied");
        problem.setType(URI.create("https://ledgerline.io/problems/internal-error"));
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }
}
