package io.ledgerline.task;

import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.platform.outbox.IntegrationJson;
import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.task.api.TaskPriority;
import io.ledgerline.task.command.api.CreateTaskCommand;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Test data for task-service. */
public final class TaskFixtures {

    public static final String TENANT = "demo";
    public static final String TASK_ID = "5b0e8c4c-1f7e-4c0e-9d55-2b1f3f6c9a01";
    public static final String PROJECT_ID = "8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a10";

    private TaskFixtures() {
    }

    public static CreateTaskCommand createTask() {
        return new CreateTaskCommand(TASK_ID, PROJECT_ID, "Design review", null, TaskPriority.HIGH);
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
        ProjectCreated event = new ProjectCreated(projectId, null, "Website relaunch", "WEB-1",
                BillingMode.TIME_AND_MATERIALS, "EUR", null, null);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ProjectEvents.CATALOG.topic(), projectId,
                IntegrationJson.write(event));
        Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.TYPE, "ledgerline.project.ProjectCreated.v1",
                CloudEventHeaders.SOURCE, ProjectEvents.CATALOG.source(),
                CloudEventHeaders.TIME, "2026-11-26T09:00:00Z",
                CloudEventHeaders.SUBJECT, projectId,
                CloudEventHeaders.TENANT, TENANT,
                CloudEventHeaders.ACTOR, "alice",
                CloudEventHeaders.CORRELATION_ID, "req-" + eventId)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
