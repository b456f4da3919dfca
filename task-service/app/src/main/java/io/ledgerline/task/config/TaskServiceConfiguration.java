package io.ledgerline.task.config;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.security.ApiPolicy;
import io.ledgerline.platform.security.ProjectScope;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.task.query.ProjectMemberships;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may call what, and what task-service publishes. */
@Configuration
class TaskServiceConfiguration {

    /** Who may call which operation: {@link TaskPolicy}. */
    @Bean
    ApiPolicy apiPolicy() {
        return TaskPolicy.POLICY;
    }

    /** Decides who may create a task in the project its body names. */
    @Bean
    ProjectScope projectMemberships(JdbcTemplate jdbc) {
        return ProjectMemberships.ofProject(jdbc);
    }

    /** Decides who may read and work on a task, by its project. */
    @Bean
    ProjectScope taskMemberships(JdbcTemplate jdbc) {
        return ProjectMemberships.ofTask(jdbc);
    }

    @Bean
    EventCatalog publishedEvents() {
        return TaskEvents.CATALOG;
    }
}
