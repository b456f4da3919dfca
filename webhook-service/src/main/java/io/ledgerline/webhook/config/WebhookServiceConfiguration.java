package io.ledgerline.webhook.config;

import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.platform.security.ApiPolicy;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.webhook.delivery.Deliveries;
import io.ledgerline.webhook.delivery.DeliveryDispatcher;
import io.ledgerline.webhook.delivery.EventLog;
import io.ledgerline.webhook.delivery.RetryPolicy;
import io.ledgerline.webhook.delivery.WebhookSender;
import io.ledgerline.webhook.subscription.EventTypes;
import io.ledgerline.webhook.subscription.SecretCipher;
import io.ledgerline.webhook.subscription.SecretEncryptionMigration;
import io.ledgerline.webhook.subscription.SecretKeyCheck;
import io.ledgerline.webhook.subscription.TargetPolicy;
import io.ledgerline.webhook.subscription.WebhookSubscriptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The webhook registry, the event log, the delivery queue and the dispatcher. Publishes no events of its own. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookServiceConfiguration {

    /** Who may call which operation: {@link WebhookPolicy}, admins only. */
    @Bean
    ApiPolicy apiPolicy() {
        return WebhookPolicy.POLICY;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TargetPolicy targetPolicy(WebhookProperties properties) {
        return new TargetPolicy(properties.allowPrivateTargets());
    }

    @Bean
    EventTypes eventTypes() {
        return new EventTypes(List.of(ProjectEvents.CATALOG, TaskEvents.CATALOG, TimeEvents.CATALOG,
                BillingEvents.CATALOG));
    }

    /** Without a valid {@code ledgerline.webhooks.secret-key} the service does not start. */
    @Bean
    SecretCipher secretCipher(WebhookProperties properties) {
        return SecretCipher.fromBase64(properties.secretKey());
    }

    /** Flyway runs every JavaMigration bean: this one seals the secrets stored before they were sealed. */
    @Bean
    SecretEncryptionMigration secretEncryptionMigration(SecretCipher cipher) {
        return new SecretEncryptionMigration(cipher);
    }

    @Bean(initMethod = "verify")
    SecretKeyCheck secretKeyCheck(JdbcTemplate jdbc, SecretCipher cipher) {
        return new SecretKeyCheck(jdbc, cipher);
    }

    @Bean
    WebhookSubscriptions webhookSubscriptions(JdbcTemplate jdbc, TargetPolicy targets, EventTypes types,
                                              SecretCipher cipher, WebhookProperties properties, Clock clock) {
        return new WebhookSubscriptions(jdbc, targets, types, cipher, properties.secretRotation().overlap(),
                clock);
    }

    @Bean
    EventLog eventLog(JdbcTemplate jdbc) {
        return new EventLog(jdbc);
    }

    @Bean
    Deliveries deliveries(JdbcTemplate jdbc, EventLog events) {
        return new Deliveries(jdbc, events);
    }

    @Bean
    RetryPolicy retryPolicy(WebhookProperties properties) {
        WebhookProperties.Retry retry = properties.retry();
        return new RetryPolicy(retry.maxAttempts(), retry.initialInterval(), retry.multiplier(), retry.maxInterval());
    }

    @Bean(destroyMethod = "close")
    WebhookSender webhookSender(WebhookProperties properties, TargetPolicy targets, SecretCipher cipher,
                                SecretKeyCheck keyChecked, Clock clock) {
        return WebhookSender.create(targets, cipher, properties.delivery().connectTimeout(),
                properties.delivery().timeout(), properties.dispatcher().batchSize(), clock);
    }

    /** Off with {@code ledgerline.webhooks.dispatcher.enabled=false} for an instance that only serves the API. */
    @Bean
    @ConditionalOnProperty(name = "ledgerline.webhooks.dispatcher.enabled", havingValue = "true",
            matchIfMissing = true)
    DeliveryDispatcher deliveryDispatcher(WebhookProperties properties, Deliveries deliveries, WebhookSender sender,
                                          RetryPolicy retries) {
        Duration attempt = properties.delivery().connectTimeout().plus(properties.delivery().timeout());
        return new DeliveryDispatcher(deliveries, sender, retries, properties.dispatcher().batchSize(),
                attempt.multipliedBy(2).plusSeconds(30));
    }
}
