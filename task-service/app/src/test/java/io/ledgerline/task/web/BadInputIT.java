package io.ledgerline.task.web;

import static io.ledgerline.testsupport.fuzz.MalformedRequestHarness.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.task.TaskApiClient;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.MalformedRequest;
import io.ledgerline.testsupport.fuzz.Mutation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The smallest requests {@link MalformedRequestsIT} found that answered 5xx or changed state while refused. */
@LedgerlineIntegrationTest
class BadInputIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesTextWithANulCharacterWith400() {
        TaskApiClient api = new TaskApiClient(http, jdbc);
        String taskId = api.task(api.activeProject("ann"), "Review");

        assertRefused(context, new MalformedRequest("assign", Mutation.ODD_CHARACTERS, "userId", "POST",
                "/api/v1/tasks/" + taskId + "/assignees", "application/json", null, "{\"userId\":\"a\\u0000b\"}"), 400);
    }

    @Test
    void refusesAnEncodedNulInTheQueryWith400() {
        assertRefused(context, new MalformedRequest("list", Mutation.BAD_QUERY_PARAMETER, "projectId", "GET",
                "/api/v1/tasks?projectId=a%00b", null, null, null), 400);
    }

    /**
     * A due date Java parses but PostgreSQL cannot store: the task summary, written in the command's transaction,
     * fails. That failure used to be parked in the dead-letter queue while the command committed, and every later
     * event of the task was parked behind it (a comment then answered 404 although stored); now it refuses the
     * command and nothing is stored.
     */
    @Test
    void refusesADueDatePostgresqlCannotStoreWith422AndTheTaskStaysWritable() {
        TaskApiClient api = new TaskApiClient(http, jdbc);
        String taskId = api.task(api.activeProject("ann"), "Review");

        assertRefused(context, new MalformedRequest("dueDate", Mutation.INVALID_DATE, "dueDate", "PUT",
                "/api/v1/tasks/" + taskId + "/due-date", "application/json", null,
                "{\"dueDate\":\"+5881580-07-12\"}"), 422);

        ResponseEntity<String> commented = api.exchange(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/comments",
                "{\"text\":\"still writable\"}", null);
        assertThat(commented.getStatusCode().value()).as(commented.getBody()).isEqualTo(201);
    }
}
