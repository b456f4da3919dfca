package io.ledgerline.webhook.integration;

import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.webhook.delivery.Deliveries;
import io.ledgerline.webhook.delivery.EventLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One inbox subscription per Ledgerline topic, each taking every event type of its catalog. Off with
 * {@code ledgerline.webhooks.consumer.enabled=false} for an instance that only serves the API.
 */
@Configuration
@ConditionalOnProperty(name = "ledgerline.webhooks.consumer.enabled", havingValue = "true", matchIfMissing = true)
class EventSubscriptions {

    @Bean
    EventIntake eventIntake(EventLog events, Deliveries deliveries) {
        return new EventIntake(events, deliveries);
    }

    @Bean
    Subscription projectEvents(EventIntake intake) {
        return intake.subscribe("project-events", ProjectEvents.CATALOG);
    }

    @Bean
    Subscription taskEvents(EventIntake intake) {
        return intake.subscribe("task-events", TaskEvents.CATALOG);
    }

    @Bean
    Subscription timeEvents(EventIntake intake) {
        return intake.subscribe("time-events", TimeEvents.CATALOG);
    }

    @Bean
    Subscription billingEvents(EventIntake intake) {
        return intake.subscribe("billing-events", BillingEvents.CATALOG);
    }
}
