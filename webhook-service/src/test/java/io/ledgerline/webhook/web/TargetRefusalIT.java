package io.ledgerline.webhook.web;

import static io.ledgerline.webhook.WebhookFixtures.TASK_ASSIGNED;
import static io.ledgerline.webhook.WebhookFixtures.newTenant;
import static io.ledgerline.webhook.WebhookFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.webhook.WebhookApiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The SSRF rule as it is by default: targets that are not https or resolve to non-public addresses are refused
 * with 422. An API-only instance (no consumer, no dispatcher), so it shares nothing with the delivering one.
 */
@LedgerlineIntegrationTest
@TestPropertySource(properties = {"ledgerline.webhooks.allow-private-targets=false",
    "ledgerline.webhooks.consumer.enabled=false", "ledgerline.webhooks.dispatcher.enabled=false"})
class TargetRefusalIT {

    @Autowired
    TestRestTemplate http;

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://10.20.30.40/hook", "https://169.254.169.254/latest",
        "https://localhost:8443/hook", "https://192.168.0.10/hook", "https://[::1]/hook", "http://93.184.215.14/hook"})
    void refusesTargetsThatAreNotPublicHttps(String target) {
        WebhookApiClient api = new WebhookApiClient(http, newTenant());

        ResponseEntity<String> refused = api.post("/api/v1/webhooks", webhook(target, TASK_ASSIGNED));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(api.read(refused).get("detail").asText()).contains("targetUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook"})
    void acceptsAPublicHttpsTarget(String target) {
        WebhookApiClient api = new WebhookApiClient(http, newTenant());

        assertThat(api.post("/api/v1/webhooks", webhook(target, TASK_ASSIGNED)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }
}
