package io.ledgerline.platform.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
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
            SQLTransientConnectionException.class, SQLNonTransientConnectionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        LOG.warn("database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(DatabaseUnavailable.problem());
    }
}
