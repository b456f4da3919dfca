package io.ledgerline.billing.web;

import io.ledgerline.billing.BillingApiClient;
import io.ledgerline.billing.BillingFixtures;
import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import io.ledgerline.testsupport.fuzz.MalformedRequestHarness;
import io.ledgerline.testsupport.fuzz.MalformedRequestProperties;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed requests against every operation of billing-service's API: never a 5xx, always a problem document, and
 * a refused request stores no event and publishes nothing. Ids in the plausible requests are a client and project
 * learnt from their events and a draft invoice of approved time, so broken bodies reach the aggregates.
 */
@LedgerlineIntegrationTest
class MalformedRequestsIT extends MalformedRequestProperties {

    @Override
    protected MalformedRequestHarness.Builder configure(MalformedRequestHarness.Builder builder) {
        return builder.outboxTopic(BillingEvents.CATALOG.topic())
                .seeded(context -> {
                    BillingApiClient api = new BillingApiClient(context.getBean(TestRestTemplate.class),
                            context.getBean(JdbcTemplate.class), LedgerlineTestInfrastructure.DEFAULT_TENANT);
                    BillingApiClient.World world = api.world();
                    api.approvedTime(world.projectId(), BillingFixtures.MEMBER, LocalDate.of(2026, 11, 2), 60);
                    String invoiceId = api.read(api.draft(world.clientId(), "PERSON")).get("invoiceId").asText();
                    return Map.of("clientId", world.clientId(), "projectId", world.projectId(),
                            "invoiceId", invoiceId);
                });
    }
}
