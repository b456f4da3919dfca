package io.ledgerline.timetracking;

import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.billing.api.InvoiceIssued;
import io.ledgerline.billing.api.InvoiceVoided;
import io.ledgerline.contract.EventCatalog;
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
import io.ledgerline.task.api.TaskCreated;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.task.api.TaskPriority;
import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.task.api.TaskStatusChanged;
import io.ledgerline.testsupport.CloudEventRecords;
import io.ledgerline.timetracking.api.RoundingDirection;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.command.api.CallerRoles;
import io.ledgerline.timetracking.command.api.IsoWeek;
import io.ledgerline.timetracking.command.api.LogTimeCommand;
import io.ledgerline.timetracking.command.api.TimeLoggedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Test data for timetracking-service. */
public final class TimeFixtures {

    public static final String TENANT = "demo";
    public static final String OTHER_TENANT = "other-tenant";
    public static final String MEMBER = "bob";
    public static final String OTHER_MEMBER = "carol";
    public static final String MANAGER = "mia";
    public static final String OUTSIDER = "olga";
    public static final String ENTRY_ID = "6c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d01";
    public static final String TASK_ID = "5b0e8c4c-1f7e-4c0e-9d55-2b1f3f6c9a01";
    public static final String OTHER_TASK_ID = "5b0e8c4c-1f7e-4c0e-9d55-2b1f3f6c9a02";
    public static final String PROJECT_ID = "8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a10";
    public static final String INVOICE_ID = "a1b2c3d4-0000-4000-8000-000000000001";
    public static final String OTHER_INVOICE_ID = "a1b2c3d4-0000-4000-8000-000000000002";
    /** A Thursday of ISO week 2026-W48. */
    public static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    public static final IsoWeek WEEK = IsoWeek.of(TODAY);
    public static final RoundingRule QUARTER_UP = new RoundingRule(15, RoundingDirection.UP, null);

    private TimeFixtures() {
    }

    /** The metadata the platform attaches to a command of a caller with these token roles. */
    public static Map<String, String> as(String actor, String... roles) {
        return Map.of(CallerContext.TENANT, TENANT, CallerContext.ACTOR, actor, CallerRoles.METADATA,
                String.join(",", roles));
    }

    public static Map<String, String> asMember() {
        return as(MEMBER, "member");
    }

    public static Map<String, String> asOtherTenant() {
        return Map.of(CallerContext.TENANT, OTHER_TENANT, CallerContext.ACTOR, MEMBER, CallerRoles.METADATA, "member");
    }

    /** What a consumed billing event's commands carry: a tenant and no roles. */
    public static Map<String, String> asSystem() {
        return Map.of(CallerContext.TENANT, TENANT, CallerContext.ACTOR, "billing");
    }

    public static LogTimeCommand logMinutes(int minutes) {
        return new LogTimeCommand(ENTRY_ID, null, TASK_ID, TODAY, minutes, null, null, "Design review", null);
    }

    public static LogTimeCommand logFor(String userId, int minutes) {
        return new LogTimeCommand(ENTRY_ID, userId, TASK_ID, TODAY, minutes, null, null, "Design review", null);
    }

    public static TimeLoggedEvent timeLogged(int raw, int rounded, RoundingRule rule) {
        return new TimeLoggedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID, TODAY, null, null, raw, rounded, rule,
                "Design review", true, MEMBER);
    }

    public static TimeLoggedEvent timeLogged(int minutes) {
        return timeLogged(minutes, minutes, null);
    }

    // records of other services' topics, as they publish them

    public static ProducerRecord<String, byte[]> projectCreated(String projectId, BillingMode mode) {
        return record(ProjectEvents.CATALOG, projectId, new ProjectCreated(projectId, null, "Website relaunch",
                "WEB-" + projectId.substring(0, 4), mode, "EUR", new BigDecimal("120.00"), null));
    }

    public static ProducerRecord<String, byte[]> memberAdded(String projectId, String userId, ProjectRole role) {
        return record(ProjectEvents.CATALOG, projectId, new ProjectMemberAdded(projectId, userId, role, null, "EUR"));
    }

    public static ProducerRecord<String, byte[]> memberRemoved(String projectId, String userId) {
        return record(ProjectEvents.CATALOG, projectId, new ProjectMemberRemoved(projectId, userId));
    }

    public static ProducerRecord<String, byte[]> projectStatus(String projectId, ProjectStatus to) {
        return record(ProjectEvents.CATALOG, projectId, new ProjectStatusChanged(projectId, ProjectStatus.ACTIVE, to));
    }

    public static ProducerRecord<String, byte[]> taskCreated(String taskId, String projectId) {
        return record(TaskEvents.CATALOG, taskId, new TaskCreated(taskId, projectId, "Design", null,
                TaskPriority.NORMAL));
    }

    public static ProducerRecord<String, byte[]> taskStatus(String taskId, String projectId, TaskStatus to) {
        return record(TaskEvents.CATALOG, taskId, new TaskStatusChanged(taskId, projectId, TaskStatus.IN_PROGRESS,
                to));
    }

    public static ProducerRecord<String, byte[]> invoiceIssued(String invoiceId, List<String> entryIds) {
        return record(BillingEvents.CATALOG, invoiceId, new InvoiceIssued(invoiceId, "2026-0001", null, "EUR", TODAY,
                TODAY.plusDays(30), new BigDecimal("100.00"), new BigDecimal("19.00"), new BigDecimal("119.00"),
                entryIds));
    }

    public static ProducerRecord<String, byte[]> invoiceVoided(String invoiceId, List<String> entryIds) {
        return record(BillingEvents.CATALOG, invoiceId, new InvoiceVoided(invoiceId, "2026-0001", "wrong client",
                entryIds));
    }

    /** A record of another service's topic with a new event id. */
    public static ProducerRecord<String, byte[]> record(EventCatalog catalog, String key, IntegrationEvent event) {
        return record(catalog, key, UUID.randomUUID().toString(), event);
    }

    /** A record of another service's topic as it publishes it: key = aggregate id, CloudEvents headers. */
    public static ProducerRecord<String, byte[]> record(EventCatalog catalog, String key, String eventId,
                                                        IntegrationEvent event) {
        return CloudEventRecords.of(catalog, event, key).id(eventId).tenant(TENANT).actor("someone").build();
    }
}
