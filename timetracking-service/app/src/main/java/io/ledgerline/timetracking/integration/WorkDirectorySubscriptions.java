package io.ledgerline.timetracking.integration;

import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.project.api.ProjectMemberAdded;
import io.ledgerline.project.api.ProjectMemberRemoved;
import io.ledgerline.project.api.ProjectStatusChanged;
import io.ledgerline.task.api.TaskCreated;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.task.api.TaskStatusChanged;
import io.ledgerline.timetracking.query.KnownWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Learns of projects (status, billing mode, members and their roles) and of tasks (project, status) from their
 * services' events, each applied once by the inbox. Time already logged is not touched: a member who leaves keeps
 * their entries, they only cannot log more.
 */
@Configuration
class WorkDirectorySubscriptions {

    @Bean
    Subscription projectDirectory(KnownWork work) {
        return Subscription.named("project-directory", ProjectEvents.CATALOG)
                .on(ProjectCreated.class, event -> work.projectCreated(event.caller().tenant(),
                        event.data().projectId(), event.data().billingMode(), event.time()))
                .on(ProjectStatusChanged.class, event -> work.projectStatusChanged(event.caller().tenant(),
                        event.data().projectId(), event.data().to(), event.time()))
                .on(ProjectMemberAdded.class, event -> work.memberAdded(event.caller().tenant(),
                        event.data().projectId(), event.data().userId(), event.data().role()))
                .on(ProjectMemberRemoved.class, event -> work.memberRemoved(event.caller().tenant(),
                        event.data().projectId(), event.data().userId()));
    }

    @Bean
    Subscription taskDirectory(KnownWork work) {
        return Subscription.named("task-directory", TaskEvents.CATALOG)
                .on(TaskCreated.class, event -> work.taskCreated(event.caller().tenant(), event.data().taskId(),
                        event.data().projectId()))
                .on(TaskStatusChanged.class, event -> work.taskStatusChanged(event.caller().tenant(),
                        event.data().taskId(), event.data().to()));
    }
}
