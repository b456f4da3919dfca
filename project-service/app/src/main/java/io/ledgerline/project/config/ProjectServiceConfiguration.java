package io.ledgerline.project.config;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.project.api.ProjectEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What project-service publishes. */
@Configuration
class ProjectServiceConfiguration {

    @Bean
    EventCatalog publishedEvents() {
        return ProjectEvents.CATALOG;
    }
}
