package io.ledgerline.webhook.web;

import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.MalformedRequestHarness;
import io.ledgerline.testsupport.fuzz.MalformedRequestProperties;
import io.ledgerline.testsupport.fuzz.TableProbe;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Malformed requests against every operation of webhook-service's API: never a 5xx, always a problem document, and
 * a refused request leaves the subscriptions and the deliveries an admin asks for (redeliveries, replays) as they
 * were. Deliveries of received events are left out of the probe: the dispatcher works on them meanwhile.
 */
@LedgerlineIntegrationTest
class MalformedRequestsIT extends MalformedRequestProperties {

    private static final String TARGET = "http://127.0.0.1:9/hooks";

    @Override
    protected MalformedRequestHarness.Builder configure(MalformedRequestHarness.Builder builder) {
        return builder.withoutOutbox("it publishes nothing to Kafka; what it sends out are deliveries, which the probe sees")
                .state(new TableProbe(builder.context().getBean(DataSource.class),
                        "SELECT count(*) || ':' || coalesce(md5(string_agg(subscription_id || target_url"
                                + " || encode(sealed_secret, 'hex') || coalesce(encode(previous_sealed_secret, 'hex'), '')"
                                + " || coalesce(description, ''), ',' ORDER BY subscription_id)), '')"
                                + " FROM webhook_subscription",
                        "SELECT count(*) FROM webhook_subscription_type",
                        "SELECT count(*) FROM webhook_delivery WHERE cause <> 'EVENT'"))
                .knownValue("targetUrl", TARGET)
                .knownValue("eventType", "ledgerline.task.*")
                .seeded(context -> Map.of("subscriptionId", MalformedRequestHarness.call(context, "POST",
                        "/api/v1/webhooks", """
                                {"targetUrl":"%s","eventTypes":["ledgerline.task.*"],
                                 "secret":"fuzz-secret-0123456789"}""".formatted(TARGET))
                        .get("subscriptionId").asText()));
    }
}
