package io.ledgerline.task.web;

import io.ledgerline.task.TaskApiClient;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import io.ledgerline.testsupport.fuzz.MalformedRequestHarness;
import io.ledgerline.testsupport.fuzz.MalformedRequestProperties;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed requests against every operation of task-service's API: never a 5xx, always a problem document, and a
 * refused request stores no event and publishes nothing. Ids in the plausible requests are a project learnt from
 * its events, a member of it, and two tasks of it, so broken bodies reach the aggregates.
 */
@LedgerlineIntegrationTest
class MalformedRequestsIT extends MalformedRequestProperties {

    private static final String MEMBER = "fuzz-member";

    @Override
    protected MalformedRequestHarness.Builder configure(MalformedRequestHarness.Builder builder) {
        return builder.outboxTopic(TaskEvents.CATALOG.topic())
                .seeded(context -> {
                    TaskApiClient api = new TaskApiClient(context.getBean(TestRestTemplate.class),
                            context.getBean(JdbcTemplate.class));
                    String projectId = api.activeProject(MEMBER, LedgerlineTestInfrastructure.DEFAULT_USER);
                    return Map.of("projectId", projectId, "taskId", api.task(projectId, "Fuzzed"),
                            "blockerTaskId", api.task(projectId, "Blocker"), "userId", MEMBER);
                });
    }
}
