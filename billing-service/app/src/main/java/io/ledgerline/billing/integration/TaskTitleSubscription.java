package io.ledgerline.billing.integration;

import io.ledgerline.billing.query.BillingDirectory;
import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.task.api.TaskCreated;
import io.ledgerline.task.api.TaskEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Learns task titles from task-service's events, so that invoice lines and time reports name the work
 * ("Website relaunch - Design review"). task-service publishes no title change, so TaskCreated is the only source; a
 * draft picks titles up when it is refreshed, and issuing names any line still called after a task's id.
 */
@Configuration
class TaskTitleSubscription {

    @Bean
    Subscription taskTitles(BillingDirectory directory) {
        return Subscription.named("task-titles", TaskEvents.CATALOG)
                .on(TaskCreated.class, event -> {
                    TaskCreated task = event.data();
                    directory.task(event.caller().tenant(), task.taskId(), task.projectId(), task.title());
                });
    }
}
