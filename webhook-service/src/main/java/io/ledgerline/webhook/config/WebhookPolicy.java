package io.ledgerline.webhook.config;

import static io.ledgerline.platform.security.Grant.ADMIN;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.ledgerline.platform.security.ApiPolicy;

/**
 * Who may do what in webhook-service: a webhook sends every event of a tenant, money included, to an outside
 * address, so every operation, reads too, is for the tenant's admins. Operation by operation, so that one this table
 * does not name is refused. docs/security.md shows this table (RoleWalkIT).
 */
final class WebhookPolicy {

    static final ApiPolicy POLICY = ApiPolicy.of("webhook-service")
            .allow(POST, "/api/v1/webhooks", ADMIN)
            .allow(GET, "/api/v1/webhooks", ADMIN)
            .allow(GET, "/api/v1/webhooks/{subscriptionId}", ADMIN)
            .allow(DELETE, "/api/v1/webhooks/{subscriptionId}", ADMIN)
            .allow(POST, "/api/v1/webhooks/{subscriptionId}/rotate-secret", ADMIN)
            .allow(GET, "/api/v1/webhooks/{subscriptionId}/deliveries", ADMIN)
            .allow(GET, "/api/v1/webhooks/{subscriptionId}/deliveries/{deliveryId}", ADMIN)
            .allow(POST, "/api/v1/webhooks/{subscriptionId}/deliveries/{deliveryId}/redeliver", ADMIN)
            .allow(POST, "/api/v1/webhooks/{subscriptionId}/replay", ADMIN)
            .build();

    private WebhookPolicy() {
    }
}
