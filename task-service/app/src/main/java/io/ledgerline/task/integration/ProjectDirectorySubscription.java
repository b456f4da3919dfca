package io.ledgerline.task.integration;

import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.task.query.KnownProjects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Learns of projects from project-service's events. */
@Configuration
class ProjectDirectorySubscription {

    @Bean
    Subscription projectDirectory(KnownProjects projects) {
        return Subscription.named("project-directory", ProjectEvents.CATALOG)
                .on(ProjectCreated.class, event -> projects.created(event.caller().tenant(),
                        event.data().projectId(), event.data().name(), event.time()));
    }
}
