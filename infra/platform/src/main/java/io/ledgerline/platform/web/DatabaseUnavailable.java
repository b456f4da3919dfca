package io.ledgerline.platform.web;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being unreachable (no connection, connection lost, server shutting down)
 * from any other, and describes it as a 503 the client may retry: the transaction never began or was rolled back.
 */
public final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    /**
     * Whether the failure, or any of its causes, says the database cannot be reached. A rollback that failed after
     * the work failed ({@link TransactionSystemException}) is judged by the work's failure too: when the connection
     * broke, the rollback meets Hikari's closed connection, whose exception carries no SQLSTATE.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached; the request was not applied. Retry later with the same "
                        + "Idempotency-Key.");
        problem.setType(URI.create("https://ledgerline.io/problems/unavailable"));
        problem.setTitle("Temporarily unavailable");
        return problem;
    }
}
