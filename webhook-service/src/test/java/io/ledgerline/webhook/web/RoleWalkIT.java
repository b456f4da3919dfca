package io.ledgerline.webhook.web;

import io.ledgerline.platform.security.ApiPolicy;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.TableProbe;
import io.ledgerline.testsupport.roles.Persona;
import io.ledgerline.testsupport.roles.PolicyDocs;
import io.ledgerline.testsupport.roles.RoleWalk;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every operation of webhook-service's OpenAPI document, sent as each persona with a real subscription, answers as
 * its {@link ApiPolicy} says (admins only): a refusal is 403 and leaves subscriptions and deliveries as they were.
 */
@LedgerlineIntegrationTest
class RoleWalkIT {

    private static final String TARGET = "http://127.0.0.1:9/hooks";

    @Autowired
    ApiPolicy policy;

    @Test
    void everyOperationAnswersEveryPersonaAsThePolicySays() {
        RoleWalk.Builder walk = RoleWalk.forTestClass(getClass());
        walk.state(new TableProbe(walk.context().getBean(DataSource.class),
                        "SELECT count(*) || ':' || coalesce(md5(string_agg(subscription_id || target_url"
                                + " || encode(sealed_secret, 'hex') || coalesce(encode(previous_sealed_secret, 'hex'), ''),"
                                + " ',' ORDER BY subscription_id)), '') FROM webhook_subscription",
                        "SELECT count(*) FROM webhook_subscription_type",
                        "SELECT count(*) FROM webhook_delivery WHERE cause <> 'EVENT'"))
                .knownValue("targetUrl", TARGET)
                .knownValue("eventType", "ledgerline.task.*")
                .seeded(context -> Map.of("subscriptionId", RoleWalk.call(context, Persona.ADMIN, "POST",
                        "/api/v1/webhooks", """
                                {"targetUrl":"%s","eventTypes":["ledgerline.task.*"],
                                 "secret":"walk-secret-0123456789"}""".formatted(TARGET))
                        .get("subscriptionId").asText()))
                .build()
                .assertMatches((persona, operation) -> policy.permits(operation.method(), operation.path(),
                        persona.grants()));
    }

    @Test
    void docsSecurityShowsThisPolicy() {
        PolicyDocs.assertDocumented("webhook-service", policy.markdown());
    }
}
