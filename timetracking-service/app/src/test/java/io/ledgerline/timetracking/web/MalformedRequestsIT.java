package io.ledgerline.timetracking.web;

import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.MalformedRequestHarness;
import io.ledgerline.testsupport.fuzz.MalformedRequestProperties;
import io.ledgerline.timetracking.TimeApiClient;
import io.ledgerline.timetracking.api.TimeEvents;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed requests against every operation of timetracking-service's API: never a 5xx, always a problem
 * document, and a refused request stores no event and publishes nothing. Ids in the plausible requests are a
 * project and task learnt from their events, an entry logged on them and its member, so broken bodies reach the
 * aggregates.
 */
@LedgerlineIntegrationTest
class MalformedRequestsIT extends MalformedRequestProperties {

    @Override
    protected MalformedRequestHarness.Builder configure(MalformedRequestHarness.Builder builder) {
        return builder.outboxTopic(TimeEvents.CATALOG.topic())
                .seeded(context -> {
                    TimeApiClient api = new TimeApiClient(context.getBean(TestRestTemplate.class),
                            context.getBean(JdbcTemplate.class));
                    TimeApiClient.Work work = api.work();
                    return Map.of("projectId", work.projectId(), "taskId", work.taskId(),
                            "entryId", api.log(work, 30), "userId", work.member());
                });
    }
}
