package io.ledgerline.project.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.MalformedRequestHarness;
import io.ledgerline.testsupport.fuzz.MalformedRequestProperties;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Malformed requests against every operation of project-service's API: never a 5xx, always a problem document,
 * and a refused request stores no event and publishes nothing. Ids in the plausible requests are a real client,
 * a real project and its manager, so broken bodies reach the aggregates.
 */
@LedgerlineIntegrationTest
class MalformedRequestsIT extends MalformedRequestProperties {

    private static final String MANAGER = "fuzz-manager";

    @Override
    protected MalformedRequestHarness.Builder configure(MalformedRequestHarness.Builder builder) {
        return builder.outboxTopic(ProjectEvents.CATALOG.topic())
                .seeded(context -> {
                    Api api = new Api(context.getBean(TestRestTemplate.class), context.getBean(ObjectMapper.class));
                    String projectId = api.createProjectWithManager(MANAGER);
                    return Map.of("clientId", api.registerClient(), "projectId", projectId, "userId", MANAGER);
                });
    }
}
