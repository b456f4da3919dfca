package io.ledgerline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.DateTimeException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;

/** Values out of range are the caller's, not the server's: 422 problem documents, also from a command handler. */
class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void answersArithmeticOverflowWith422() {
        var response = advice.outOfRange(new ArithmeticException("Overflow"));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersADateOverflowInACommandHandlerWith422() {
        var response = advice.commandFailed(new CommandExecutionException("failed",
                new DateTimeException("Invalid value for Year")));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void answersADataExceptionOfTheDatabaseWith422AndAnyOtherIntegrityErrorWith500() {
        var outOfRange = advice.unstorable(new DataIntegrityViolationException("date",
                new SQLException("date out of range", "22008")));
        var other = advice.unstorable(new DataIntegrityViolationException("fk",
                new SQLException("violates foreign key", "23503")));

        assertThat(outOfRange.getStatusCode().value()).isEqualTo(422);
        assertThat(outOfRange.getBody().getDetail()).doesNotContain("date out of range");
        assertThat(other.getStatusCode().value()).isEqualTo(500);
    }
}
