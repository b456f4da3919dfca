package io.ledgerline.task;

import io.ledgerline.contract.IntegrationEvent;
import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.project.api.ProjectMemberAdded;
import io.ledgerline.project.api.ProjectMemberRemoved;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.project.api.ProjectStatusChanged;
import io.ledgerline.task.api.TaskPriority;
import io.ledgerline.task.command.api.CreateTaskCommand;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import io.ledgerline.testsupport.CloudEventRecords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Test data for task-service. */
public final class TaskFixtures {

    public static final String TENANT = "demo";
    public static final String OTHER_TENANT = "other-tenant";
    public static final String ACTOR = "alice";
    public static final String MEMBER = "bob";
    public static final String OTHER_MEMBER = "carol";
    public static final String TASK_ID = "5b0e8c4c-1f7e-4c0e-9d55-2b1f3f6c9a01";
    public static final String BLOCKER_ID = "5b0e8c4c-1f7e-4c0e-9d55-2b1f3f6c9a02";
    public static final String PROJECT_ID = "8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a10";
    public static final String OTHER_PROJECT_ID = "8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a11";
    public static final String COMMENT_ID = "0f5e2d1c-3b4a-4c5d-8e9f-a0b1c2d3e4f5";
    public static final BigDecimal ESTIMATE = new BigDecimal("8.5");
    public static final LocalDate DUE = LocalDate.of(2026, 12, 18);

    private TaskFixtures() {
    }

    /** The metadata the platform attaches to a command of the tenant's caller. */
    public static Map<String, String> asCaller() {
        return Map.of(CallerContext.TENANT, TENANT, CallerContext.ACTOR, ACTOR);
    }

    public static Map<String, String> asOtherTenant() {
        return Map.of(CallerContext.TENANT, OTHER_TENANT, CallerContext.ACTOR, ACTOR);
    }

    public static CreateTaskCommand createTask() {
        return new CreateTaskCommand(TASK_ID, PROJECT_ID, "Design review", null, TaskPriority.HIGH, null, null);
    }

    public static CreateTaskCommand createTask(String title, String description) {
        return new CreateTaskCommand(TASK_ID, PROJECT_ID, title, description, null, null, null);
    }

    public static CreateTaskCommand createEstimatedTask(BigDecimal hours, LocalDate due) {
        return new CreateTaskCommand(TASK_ID, PROJECT_ID, "Design review", null, TaskPriority.HIGH, hours, due);
    }

    public static TaskCreatedEvent taskCreated() {
        return new TaskCreatedEvent(TASK_ID, PROJECT_ID, "Design review", null, TaskPriority.HIGH);
    }

    /** A ProjectCreated record as project-service publishes it, with a new event id. */
    public static ProducerRecord<String, byte[]> projectCreatedRecord(String projectId) {
        return projectCreatedRecord(projectId, UUID.randomUUID().toString());
    }

    /** A ProjectCreated record as project-service publishes it, with the given event id. */
    public static ProducerRecord<String, byte[]> projectCreatedRecord(String projectId, String eventId) {
        return projectRecord(projectId, eventId, new ProjectCreated(projectId, null, "Website relaunch", "WEB-1",
                BillingMode.TIME_AND_MATERIALS, "EUR", null, null));
    }

    public static ProducerRecord<String, byte[]> memberAddedRecord(String projectId, String userId) {
        return memberAddedRecord(projectId, userId, ProjectRole.MEMBER);
    }

    public static ProducerRecord<String, byte[]> memberAddedRecord(String projectId, String userId,
                                                                   ProjectRole role) {
        return projectRecord(projectId, UUID.randomUUID().toString(),
                new ProjectMemberAdded(projectId, userId, role, null, "EUR"));
    }

    public static ProducerRecord<String, byte[]> memberRemovedRecord(String projectId, String userId, String eventId) {
        return projectRecord(projectId, eventId, new ProjectMemberRemoved(projectId, userId));
    }

    public static ProducerRecord<String, byte[]> statusChangedRecord(String projectId, ProjectStatus from,
                                                                     ProjectStatus to) {
        return projectRecord(projectId, UUID.randomUUID().toString(), new ProjectStatusChanged(projectId, from, to));
    }

    /** A record of project-service's topic as it publishes it: key = project id, CloudEvents headers. */
    public static ProducerRecord<String, byte[]> projectRecord(String projectId, String eventId,
                                                               IntegrationEvent event) {
        return CloudEventRecords.of(ProjectEvents.CATALOG, event, projectId).id(eventId).tenant(TENANT).actor(ACTOR)
                .build();
    }
}
