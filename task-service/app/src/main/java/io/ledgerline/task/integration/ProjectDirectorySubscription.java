package io.ledgerline.task.integration;

import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.project.api.ProjectMemberAdded;
import io.ledgerline.project.api.ProjectMemberRemoved;
import io.ledgerline.project.api.ProjectStatusChanged;
import io.ledgerline.task.api.UnassignmentReason;
import io.ledgerline.task.command.api.UnassignTaskCommand;
import io.ledgerline.task.query.KnownProjects;
import io.ledgerline.task.query.TaskSummaries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Learns of projects, their status and members from project-service's events. A member who leaves a project is
 * taken off their open tasks of it: the unassignments are stored in the inbox's transaction, with the event's
 * dedup row, so a redelivered removal changes nothing.
 */
@Configuration
class ProjectDirectorySubscription {

    @Bean
    Subscription projectDirectory(KnownProjects projects, TaskSummaries tasks, CommandGateway commands) {
        return Subscription.named("project-directory", ProjectEvents.CATALOG)
                .on(ProjectCreated.class, event -> projects.created(event.caller().tenant(),
                        event.data().projectId(), event.data().name(), event.time()))
                .on(ProjectStatusChanged.class, event -> projects.statusChanged(event.caller().tenant(),
                        event.data().projectId(), event.data().to(), event.time()))
                .on(ProjectMemberAdded.class, event -> projects.memberAdded(event.caller().tenant(),
                        event.data().projectId(), event.data().userId(), event.data().role(), event.time()))
                .on(ProjectMemberRemoved.class, event -> {
                    String tenant = event.caller().tenant();
                    ProjectMemberRemoved removed = event.data();
                    projects.memberRemoved(tenant, removed.projectId(), removed.userId());
                    tasks.openAssignments(tenant, removed.projectId(), removed.userId())
                            .forEach(taskId -> commands.sendAndWait(new UnassignTaskCommand(taskId,
                                    removed.userId(), UnassignmentReason.LEFT_PROJECT, null)));
                });
    }
}
