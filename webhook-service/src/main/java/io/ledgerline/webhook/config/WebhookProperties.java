package io.ledgerline.webhook.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * webhook-service's settings ({@code ledgerline.webhooks.*}); defaults in {@code application.yml}.
 *
 * @param allowPrivateTargets accept http and non-public targets: local testing only (SSRF)
 * @param dispatcher          how often and how much the dispatcher sends
 * @param delivery            timeouts of one attempt
 * @param retry               backoff and the attempts before parking
 * @param secretKey           base64 of the 32-byte AES key that seals the webhooks' secrets in the database
 * @param secretRotation      how a rotated secret is phased out
 */
@ConfigurationProperties("ledgerline.webhooks")
record WebhookProperties(boolean allowPrivateTargets, Dispatcher dispatcher, Delivery delivery, Retry retry,
                         String secretKey, SecretRotation secretRotation) {

    /** @param overlap how long the replaced secret still signs beside the new one */
    record SecretRotation(Duration overlap) {
    }

    /**
     * @param pollInterval pause between polls of the queue
     * @param batchSize    deliveries claimed and sent at once
     */
    record Dispatcher(Duration pollInterval, int batchSize) {
    }

    /**
     * @param connectTimeout to open a connection
     * @param timeout        from sending the request to the answer's status line
     */
    record Delivery(Duration connectTimeout, Duration timeout) {
    }

    /**
     * @param maxAttempts     attempts in all before a delivery is parked
     * @param initialInterval wait after the first failure
     * @param multiplier      growth of the wait per failure
     * @param maxInterval     longest wait
     */
    record Retry(int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval) {
    }
}
