package io.ledgerline.task.web;

import static io.ledgerline.testsupport.fuzz.MalformedRequestHarness.assertRefused;

import io.ledgerline.task.TaskApiClient;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.MalformedRequest;
import io.ledgerline.testsupport.fuzz.Mutation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The smallest requests {@link MalformedRequestsIT} found that answered 5xx. */
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
}
