package io.ledgerline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

    @Test
    void recognisesAnUnreachableDatabaseHoweverDeepItIsWrapped() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:15432 refused", "08001");
        assertThat(DatabaseUnavailable.causedBy(new CommandExecutionException("failed", new RuntimeException(refused))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("JDBC commit failed",
                new SQLException("Connection is closed", "08003")))).as("Hikari's closed connection").isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("pool timed out",
                new SQLTransientConnectionException("timed out after 5000ms")))).isTrue();
    }

    /** Found by FaultToleranceIT: the claim's insert lost its connection, and the rollback met a closed one. */
    @Test
    void recognisesARollbackThatFailedBecauseTheWorkLostItsConnection() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("PreparedStatementCallback",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).as("without the work's failure, nothing says so").isFalse();
    }

    @Test
    void leavesOtherDatabaseFailuresAlone() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no"))).isFalse();
    }
}
