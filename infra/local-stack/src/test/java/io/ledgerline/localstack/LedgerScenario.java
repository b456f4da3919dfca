package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.localstack.LoadDriver.Attempt;
import io.ledgerline.localstack.LoadDriver.Command;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.testsupport.CloudEventRecords;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.timetracking.api.TimeEvents;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The work the fault and scale-out tests share: a client, projects and tasks every service knows, a mixed load of
 * creating commands, records poisoned on purpose, retries of what got no answer, and the audit afterwards: events per
 * acknowledged command in the event stores, and each published event applied once by each consumer.
 */
final class LedgerScenario {

    static final Duration WAIT = Duration.ofMinutes(3);
    private static final int PROJECTS = 20;
    private static final int TASKS_PER_PROJECT = 5;
    private static final BigDecimal HOURLY_RATE = new BigDecimal("100.00");
    /**
     * The gateway's answer when the service closed the connection after taking the request (it was killed): like no
     * answer at all, the command may or may not have been carried out, so its event may be stored.
     */
    private static final int OUTCOME_UNKNOWN = 502;

    private final LoadDriver driver;
    private final StackDatabase db;
    private final LocalStack stack;
    final List<Command> setup = new ArrayList<>();
    private final List<String> projects = new ArrayList<>();
    private String clientId;

    LedgerScenario(LocalStack stack, LoadDriver driver) {
        this.stack = stack;
        this.driver = driver;
        this.db = new StackDatabase(stack);
    }

    StackDatabase db() {
        return db;
    }

    /**
     * A client finance registers, 20 projects the manager creates (and so manages) with the member added, 5 tasks
     * each, known everywhere before the load.
     */
    List<String> prepare(String finance, String manager) {
        clientId = created(finance, "project-service", "/api/v1/clients", """
                {"name":"Fault GmbH","currency":"EUR","paymentTermsDays":30,"defaultTaxRate":"19",
                 "billingAddress":{"line1":"Hauptstrasse 1","postalCode":"10115","city":"Berlin","country":"DE"}}""",
                "clientId");
        List<String> tasks = new ArrayList<>();
        for (int p = 0; p < PROJECTS; p++) {
            String projectId = created(manager, "project-service", "/api/v1/projects", """
                    {"clientId":"%s","name":"Setup %d","code":"S-%d","billingMode":"TIME_AND_MATERIALS",
                     "defaultHourlyRate":"%s"}""".formatted(clientId, p, p, HOURLY_RATE), "projectId");
            projects.add(projectId);
            String members = "/api/v1/projects/" + projectId + "/members";
            created(manager, "project-service", members, "{\"userId\":\"acme-member\",\"role\":\"MEMBER\"}", null);
            // task-service judges a task's project by the members it has learnt (the creator as MANAGER and the
            // member): sent before, a keyed command would be refused 404 and its Idempotency-Key replay that refusal
            await("task-service knows the members of " + projectId).atMost(WAIT).until(() -> db.count(
                    "SELECT count(*) FROM task.project_member WHERE project_id = ?", projectId) == 2);
            for (int t = 0; t < TASKS_PER_PROJECT; t++) {
                tasks.add(created(manager, "task-service", "/api/v1/tasks",
                        "{\"projectId\":\"%s\",\"title\":\"Setup task %d\"}".formatted(projectId, t), "taskId"));
            }
        }
        await("timetracking and billing know the setup").atMost(WAIT).until(() ->
                db.count("SELECT count(*) FROM timetracking.known_task") == tasks.size()
                        && db.count("SELECT count(*) FROM timetracking.project_member") == 2L * PROJECTS
                        && db.count("SELECT count(*) FROM billing.billing_project") == PROJECTS);
        return tasks;
    }

    /** Sends a setup command until it is accepted (another service may first have to learn of a project). */
    private String created(String token, String service, String path, String body, String idField) {
        Command command = new Command(service, path, body, token, 0);
        setup.add(command);
        await(path).atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> driver.send(command).acknowledged());
        return idField == null ? null : GatewayClient.json(command.last().body()).get(idField).asText();
    }

    /** Records every consumer of the project topic must refuse: data that is not JSON. */
    Set<String> poison() {
        String type = typeNamed(ProjectEvents.CATALOG, "ProjectCreated");
        Set<String> ids = new TreeSet<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = "poison-" + UUID.randomUUID();
            ids.add(id);
            records.add(CloudEventRecords.raw(ProjectEvents.CATALOG, type, "{\"projectId\": oops " + i, id)
                    .id(id).tenant("acme").build());
        }
        KafkaRecords.send(stack.kafkaBootstrapServers(), records.toArray(ProducerRecord[]::new));
        return ids;
    }

    /** 15 % new projects, 25 % new tasks on the setup projects, 60 % time logged on the setup tasks. */
    List<Command> load(int count, String manager, String member, List<String> tasks) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<Command> commands = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int slot = i % 20;
            if (slot < 3) {
                commands.add(new Command("project-service", "/api/v1/projects", """
                        {"clientId":"%s","name":"Load %d","code":"L-%d","billingMode":"TIME_AND_MATERIALS",
                         "defaultHourlyRate":"%s"}""".formatted(clientId, i, i, HOURLY_RATE), manager, 0));
            } else if (slot < 8) {
                commands.add(new Command("task-service", "/api/v1/tasks",
                        "{\"projectId\":\"%s\",\"title\":\"Load task %d\"}".formatted(projects.get(i % PROJECTS), i), manager, 0));
            } else {
                int minutes = 15 * (1 + i % 8);
                commands.add(new Command("timetracking-service", "/api/v1/time-entries",
                        "{\"taskId\":\"%s\",\"date\":\"%s\",\"minutes\":%d,\"description\":\"load %d\"}"
                                .formatted(tasks.get(i % tasks.size()), today, minutes, i), member, minutes));
            }
        }
        return commands;
    }


    /** Sends every command that got no answer, or a 5xx, again with its Idempotency-Key until it gets one. */
    long retryUnanswered(List<Command> load) {
        List<Command> pending = load.stream().filter(c -> !c.acknowledged() && c.last().unanswered()).toList();
        long retried = pending.size();
        await("retries").atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            pending.stream().filter(c -> c.last().unanswered()).forEach(driver::send);
            return pending.stream().noneMatch(c -> c.last().unanswered());
        });
        return retried;
    }

    /** Until every published event has been applied by every consumer the checks below look at. */
    void awaitQuiescence() {
        await("quiescence").atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long projectsCreated = stored("project", "ProjectCreatedEvent");
            long tasksCreated = stored("task", "TaskCreatedEvent");
            long timeLogged = stored("timetracking", "TimeLoggedEvent");
            return db.count("SELECT count(*) FROM task.known_project") == projectsCreated
                    && db.count("SELECT count(*) FROM timetracking.known_project") == projectsCreated
                    && db.count("SELECT count(*) FROM billing.billing_project") == projectsCreated
                    && db.count("SELECT count(*) FROM timetracking.known_task") == tasksCreated
                    && db.count("SELECT count(*) FROM billing.priced_entry WHERE known") == timeLogged
                    && (!runsWebhooks() || webhookEvents(ProjectEvents.CATALOG, "ProjectCreated") == projectsCreated
                            && webhookEvents(TaskEvents.CATALOG, "TaskCreated") == tasksCreated
                            && webhookEvents(TimeEvents.CATALOG, "TimeLogged") == timeLogged);
        });
    }

    private boolean runsWebhooks() {
        return stack.serviceNames().contains("webhook-service");
    }

    /** Events of the type in webhook-service's event log, which stores each event id once. */
    private long webhookEvents(EventCatalog catalog, String name) {
        return db.count("SELECT count(*) FROM webhook.webhook_event WHERE event_type = ?", typeNamed(catalog, name));
    }

    long stored(String schema, String eventClass) {
        return db.count("SELECT count(*) FROM " + schema + ".domain_event_entry WHERE payload_type LIKE ?",
                "%." + eventClass);
    }

    /**
     * What the event stores say about the commands; {@link #assertSound()} fails on anything wrong: each command's
     * attempts against the events stored under their request ids, one event for an acknowledged command, none for an
     * attempt refused with a 5xx (502 excepted), at most one for a command never acknowledged; and no other events.
     */
    record Audit(Map<String, Long> outcome, List<String> violations, List<String> refusedButStored,
                 long attributed, long total) {

        void assertSound() {
            assertThat(violations).as("commands with other than exactly one event per acknowledgement").isEmpty();
            assertThat(refusedButStored).as("attempts answered 5xx that nevertheless stored their event").isEmpty();
            assertThat(attributed).as("every stored event was caused by one of the commands").isEqualTo(total);
            assertThat(outcome.keySet()).as("server errors are 503 (refused) or the gateway's 502 (the service "
                    + "died mid-request), never another").noneMatch(key -> key.startsWith("answered 5")
                    && !key.equals("answered 503") && !key.equals("answered " + OUTCOME_UNKNOWN));
            assertThat(outcome).as("a retry with its Idempotency-Key always learns the outcome, never 409 in progress")
                    .doesNotContainKey("answered 409");
        }
    }

    Audit audit(List<Command> all) {
        // a project a manager creates stores its ProjectCreated and the manager's ProjectMemberAdded (its first
        // MANAGER) under one request id: counted as the one event of that command once each creation has exactly one
        Map<String, Long> projectsCreated = db.eventsByCorrelation("project", "ProjectCreatedEvent");
        Map<String, Long> membersAdded =
                new LinkedHashMap<>(db.eventsByCorrelation("project", "ProjectMemberAddedEvent"));
        List<String> violations = new ArrayList<>();
        projectsCreated.forEach((requestId, created) -> {
            Long firstManagers = membersAdded.remove(requestId);
            if (firstManagers == null || !firstManagers.equals(created)) {
                violations.add("project creation " + requestId + " stored " + created + " projects and "
                        + firstManagers + " first MANAGER members");
            }
        });
        Map<String, Map<String, Long>> events = Map.of(
                "project-service", merge(db.eventsByCorrelation("project", "ClientRegisteredEvent"),
                        projectsCreated, membersAdded),
                "task-service", db.eventsByCorrelation("task", "TaskCreatedEvent"),
                "timetracking-service", db.eventsByCorrelation("timetracking", "TimeLoggedEvent"));
        Map<String, Long> outcome = new LinkedHashMap<>();
        List<String> refusedButStored = new ArrayList<>();
        long attributed = 0;
        for (Command command : all) {
            Map<String, Long> stored = events.get(command.service);
            long applied = 0;
            for (Attempt attempt : List.copyOf(command.attempts)) {
                long mine = stored.getOrDefault(attempt.requestId(), 0L);
                applied += mine;
                outcome.merge("answered " + (attempt.status() == -1 ? "no answer" : attempt.status()), 1L,
                        Long::sum);
                if (attempt.status() >= 500 && attempt.status() != OUTCOME_UNKNOWN && mine > 0) {
                    refusedButStored.add(command.path + " answered " + attempt.status() + " but stored " + mine
                            + "; all its attempts: " + command.attempts.stream()
                            .map(a -> Integer.toString(a.status())).toList());
                }
            }
            attributed += applied;
            if (command.acknowledged() ? applied != 1 : applied > 1) {
                violations.add(command.path + " " + command.idempotencyKey + " stored " + applied + " events for "
                        + command.attempts.stream().map(a -> Integer.toString(a.status())).toList());
            }
            if (!command.acknowledged()) {
                outcome.merge(applied == 1 ? "never acknowledged, applied" : "never acknowledged, not applied", 1L,
                        Long::sum);
            }
        }
        long total = events.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        outcome.put("attempts answered 5xx that stored their event", (long) refusedButStored.size());
        return new Audit(outcome, violations, refusedButStored, attributed, total);
    }

    @SafeVarargs
    private static Map<String, Long> merge(Map<String, Long>... maps) {
        Map<String, Long> merged = new LinkedHashMap<>();
        for (Map<String, Long> map : maps) {
            map.forEach((key, count) -> merged.merge(key, count, Long::sum));
        }
        return merged;
    }

    /**
     * Every event the commands caused applied exactly once by each consumer, judged by the effects: task- and
     * timetracking-service count the events applied to each project and task they know ({@code events_applied},
     * incremented on a repeat), billing's ledger moves an entry's {@code revision} on every application and prices
     * exactly the minutes logged, and webhook-service (where it runs) logged each event. Each is compared with what
     * the commands (setup and load) caused, so an event applied twice or not at all shows; the inbox's own rows could
     * not show a repeat, since its primary key forbids one.
     */
    void checkDownstream(List<Command> all) {
        long projects = caused(all, "project", "ProjectCreatedEvent");
        long tasksCreated = caused(all, "task", "TaskCreatedEvent");
        Map<String, Long> logged = db.eventsByCorrelation("timetracking", "TimeLoggedEvent");
        List<Command> logging = all.stream().filter(c -> c.minutes > 0)
                .filter(c -> c.attempts.stream().anyMatch(a -> logged.containsKey(a.requestId()))).toList();
        long minutes = logging.stream().mapToLong(c -> c.minutes).sum();

        assertThat(projects).as("projects the commands created, one event each")
                .isEqualTo(stored("project", "ProjectCreatedEvent"));
        for (String consumer : List.of("task", "timetracking")) {
            assertThat(db.number("SELECT coalesce(sum(events_applied), 0) FROM " + consumer + ".known_project"))
                    .as(consumer + " applied each project's creation once")
                    .isEqualByComparingTo(BigDecimal.valueOf(projects));
        }
        assertThat(db.count("SELECT count(*) FROM billing.billing_project")).isEqualTo(projects);
        assertThat(db.number("SELECT coalesce(sum(events_applied), 0) FROM timetracking.known_task"))
                .as("timetracking applied each task's creation once")
                .isEqualByComparingTo(BigDecimal.valueOf(tasksCreated));
        assertThat(db.count("SELECT count(*) FROM billing.priced_entry WHERE known"))
                .as("one ledger row per time entry the commands logged").isEqualTo(logging.size());
        assertThat(db.number("SELECT coalesce(sum(revision), 0) FROM billing.priced_entry"))
                .as("billing applied each TimeLogged once (a repeat moves the entry's revision)")
                .isEqualByComparingTo(BigDecimal.valueOf(logging.size()));
        assertThat(db.number("SELECT coalesce(sum(raw_minutes), 0) FROM billing.priced_entry"))
                .as("billing's minutes are the minutes the commands logged")
                .isEqualByComparingTo(BigDecimal.valueOf(minutes));
        assertThat(db.number("SELECT coalesce(sum(raw_minutes), 0) FROM timetracking.time_entry"))
                .as("timetracking's minutes are the minutes the commands logged")
                .isEqualByComparingTo(BigDecimal.valueOf(minutes));
        assertThat(db.number("SELECT sum(amount) FROM billing.priced_entry"))
                .as("the ledger prices exactly the minutes the load logged, at 100.00 an hour")
                .isEqualByComparingTo(HOURLY_RATE.multiply(BigDecimal.valueOf(minutes))
                        .divide(BigDecimal.valueOf(60)));
        String projectCreated = typeNamed(ProjectEvents.CATALOG, "ProjectCreated");
        for (String consumer : List.of("task", "timetracking", "billing")) {
            assertThat(inboxed(consumer, projectCreated)).as(consumer + " recorded each ProjectCreated")
                    .isEqualTo(projects);
        }
        assertThat(inboxed("timetracking", typeNamed(TaskEvents.CATALOG, "TaskCreated"))).isEqualTo(tasksCreated);
        assertThat(inboxed("billing", typeNamed(TimeEvents.CATALOG, "TimeLogged"))).isEqualTo(logging.size());
        if (runsWebhooks()) {
            assertThat(List.of(webhookEvents(ProjectEvents.CATALOG, "ProjectCreated"),
                    webhookEvents(TaskEvents.CATALOG, "TaskCreated"), webhookEvents(TimeEvents.CATALOG, "TimeLogged")))
                    .as("webhook-service logged every ProjectCreated, TaskCreated and TimeLogged the commands caused")
                    .containsExactly(projects, tasksCreated, (long) logging.size());
        }
    }

    /** How many of the commands caused an event of the class, by the request ids of their attempts. */
    private long caused(List<Command> all, String schema, String eventClass) {
        Map<String, Long> events = db.eventsByCorrelation(schema, eventClass);
        return all.stream().filter(c -> c.attempts.stream().anyMatch(a -> events.containsKey(a.requestId()))).count();
    }

    /** Distinct events of the type in a schema's inbox. */
    private long inboxed(String schema, String type) {
        return db.count("SELECT count(DISTINCT event_id) FROM " + schema + ".processed_event WHERE event_type = ?",
                type);
    }

    private static String typeNamed(EventCatalog catalog, String name) {
        return catalog.byType().keySet().stream().filter(type -> type.contains("." + name + ".")).findFirst()
                .orElseThrow();
    }
}
