package io.ledgerline.task.config;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.task.api.TaskEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What task-service publishes. */
@Configuration
class TaskServiceConfiguration {

    @Bean
    EventCatalog publishedEvents() {
        return TaskEvents.CATALOG;
    }
}
