package io.ledgerline.localstack;

import static io.ledgerline.localstack.GatewayClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.timetracking.api.TimeEvents;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every event type of every service's catalog, produced by flows through the gateway on the whole stack, and received
 * complete by every kind of subscriber: a webhook subscriber (webhook-service delivering to a receiver on this
 * machine) gets each type with tenant, actor, correlation and causation; a plain Kafka consumer finds the four
 * CloudEvents extension headers on every record of every topic; no record ends on a dead-letter topic; and every
 * event stored in the four event stores carries its tenant and actor. The reactions (budget alerts, invoice locks,
 * unassignment of a member who leaves) are the service's own acts, named {@code system:<service>}.
 *
 * <p>acme-admin does what an administrator does (clients, projects, rates, budgets, approvals, invoices), acme-member
 * what a project member does (tasks and time), so the flows hold when roles narrow what each may do.
 */
class EventCatalogIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String MEMBER = "acme-member";
    private static final List<EventCatalog> CATALOGS = List.of(ProjectEvents.CATALOG, TaskEvents.CATALOG,
            TimeEvents.CATALOG, BillingEvents.CATALOG);
    /** Types no flow through the API can produce, each with the reason. None today. */
    private static final Map<String, String> UNPRODUCIBLE = Map.of();
    /** The reactions among the types, and the service that acts in each. */
    private static final Map<String, String> REACTIONS = Map.of(
            "ledgerline.billing.BudgetThresholdCrossed.v1", "system:billing-service",
            "ledgerline.task.TaskUnassigned.v1", "system:task-service",
            "ledgerline.time.TimeEntriesInvoiced.v1", "system:timetracking-service",
            "ledgerline.time.TimeEntriesReleased.v1", "system:timetracking-service");
    /** The event each reaction answers where only one can cause it; budget alerts follow time logged or changed. */
    private static final Map<String, String> TRIGGERS = Map.of(
            "ledgerline.task.TaskUnassigned.v1", "ledgerline.project.ProjectMemberRemoved.v1",
            "ledgerline.time.TimeEntriesInvoiced.v1", "ledgerline.billing.InvoiceIssued.v1",
            "ledgerline.time.TimeEntriesReleased.v1", "ledgerline.billing.InvoiceVoided.v1");
    private static final String CLIENT = """
            {"name":"%s","currency":"EUR","paymentTermsDays":30,"defaultTaxRate":"19",
             "billingAddress":{"line1":"Hauptstrasse 1","postalCode":"10115","city":"Berlin","country":"DE"}}""";

    private static LocalStack stack;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startStack() {
        receiver = WebhookReceiver.start();
        stack = TestStacks.fresh("event-catalog").startupTimeout(Duration.ofSeconds(240))
                .javaOptions(StackSettings.DEFAULT_JAVA_OPTIONS + " -Dledgerline.webhooks.allow-private-targets=true")
                .start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void everyEventTypeReachesEverySubscriberWithItsTenantActorCorrelationAndCause() throws Exception {
        GatewayClient admin = GatewayClient.as(stack, "acme-admin", "secret");
        GatewayClient member = GatewayClient.as(stack, MEMBER, "secret");
        created(admin.post("/api/v1/webhooks", """
                {"targetUrl":"%s","secret":"a-long-random-secret-for-the-catalog","eventTypes":
                 ["ledgerline.project.*","ledgerline.task.*","ledgerline.time.*","ledgerline.billing.*"]}"""
                .formatted(receiver.url())));

        Flows flows = new Flows(admin, member);
        flows.projectsAndTheirPeople();
        flows.tasksAndTime();
        flows.invoicesVoidedIssuedCreditedAndPaid();

        Set<String> expected = CATALOGS.stream().flatMap(catalog -> catalog.byType().keySet().stream())
                .filter(type -> !UNPRODUCIBLE.containsKey(type)).collect(Collectors.toCollection(TreeSet::new));
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(delivered()).containsAll(expected));
        for (JsonNode delivery : receiver.deliveries()) {
            String type = delivery.path("type").asText();
            assertThat(delivery.path("tenant").asText()).as(type).isEqualTo("acme");
            assertThat(delivery.path("actor").asText()).as(type)
                    .isEqualTo(REACTIONS.getOrDefault(type, delivery.path("actor").asText())).isNotBlank();
            assertThat(delivery.path("correlationid").asText()).as(type).isNotBlank();
            assertThat(delivery.path("causationid").asText()).as(type).isNotBlank();
        }
        assertReactionsNameTheirTriggerAndItsRequest();
        assertEveryRecordOfEveryTopicIsComplete();
        assertThat(DeadLetterTopics.eventIds(stack.kafkaBootstrapServers()))
                .allSatisfy((topic, ids) -> assertThat(ids).as(topic).isEmpty());
        StackDatabase database = new StackDatabase(stack);
        for (String schema : List.of("project", "task", "timetracking", "billing")) {
            assertThat(database.count("SELECT count(*) FROM " + schema + ".domain_event_entry")).as(schema)
                    .isPositive();
            assertThat(database.eventsWithoutCaller(schema)).as("events of %s without tenant or actor", schema)
                    .isEmpty();
        }
    }

    private static Set<String> delivered() {
        return receiver.deliveries().stream().map(delivery -> delivery.path("type").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A reaction is caused by the event it answers (delivered too) and belongs to that event's request. */
    private static void assertReactionsNameTheirTriggerAndItsRequest() {
        Map<String, JsonNode> byId = receiver.deliveries().stream()
                .collect(Collectors.toMap(delivery -> delivery.path("id").asText(), delivery -> delivery,
                        (first, redelivered) -> first));
        for (JsonNode reaction : byId.values()) {
            String type = reaction.path("type").asText();
            if (!REACTIONS.containsKey(type)) {
                continue;
            }
            JsonNode trigger = byId.get(reaction.path("causationid").asText());
            assertThat(trigger).as("the event %s %s answers", type, reaction.path("id").asText()).isNotNull();
            assertThat(trigger.path("type").asText()).as(type)
                    .isEqualTo(TRIGGERS.getOrDefault(type, trigger.path("type").asText()));
            assertThat(reaction.path("correlationid").asText()).as(type)
                    .isEqualTo(trigger.path("correlationid").asText());
        }
    }

    private static void assertEveryRecordOfEveryTopicIsComplete() throws Exception {
        List<String> incomplete = new ArrayList<>();
        Map<String, Integer> records = new TreeMap<>();
        for (String topic : DeadLetterTopics.topics(stack.kafkaBootstrapServers())) {
            for (ConsumerRecord<String, byte[]> record : DeadLetterTopics.readToEnd(stack.kafkaBootstrapServers(),
                    topic)) {
                records.merge(topic, 1, Integer::sum);
                for (String header : List.of("ce_tenant", "ce_actor", "ce_correlationid", "ce_causationid")) {
                    String value = KafkaRecords.header(record, header);
                    if (value == null || value.isBlank()) {
                        incomplete.add(topic + "@" + record.offset() + " " + KafkaRecords.header(record, "ce_type")
                                + " without " + header);
                    }
                }
            }
        }
        assertThat(records).as("records by topic")
                .containsKeys(CATALOGS.stream().map(EventCatalog::topic).toArray(String[]::new));
        assertThat(incomplete).isEmpty();
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body());
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body() == null || response.body().isBlank() ? json("{}") : json(response.body());
    }

    /** Repeats a request another service must first learn enough to accept, until it is accepted. */
    private static JsonNode eventually(Supplier<HttpResponse<String>> request) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> last.updateAndGet(ignored -> request.get()).statusCode() < 300);
        return ok(last.get());
    }

    private static String week(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The flows, in the order a firm would go through them, sharing what they create. */
    private static final class Flows {

        private final GatewayClient admin;
        private final GatewayClient member;
        private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
        private String clientId;
        private String projectId;
        private String firstTask;

        Flows(GatewayClient admin, GatewayClient member) {
            this.admin = admin;
            this.member = member;
        }

        /** Clients (registered, updated, archived), a project with members, rate, budget; a second one wound down. */
        void projectsAndTheirPeople() {
            clientId = created(admin.post("/api/v1/clients", CLIENT.formatted("Acme GmbH"))).get("clientId").asText();
            ok(admin.exchange("PUT", "/api/v1/clients/" + clientId, CLIENT.formatted("Acme Holding GmbH")));
            String former = created(admin.post("/api/v1/clients", CLIENT.formatted("Former GmbH")))
                    .get("clientId").asText();
            ok(admin.post("/api/v1/clients/" + former + "/archive", null));
            admin.setSellerProfile();

            projectId = created(admin.post("/api/v1/projects", """
                    {"clientId":"%s","name":"Website relaunch","code":"WEB-1","billingMode":"TIME_AND_MATERIALS",
                     "defaultHourlyRate":"100.00"}""".formatted(clientId))).get("projectId").asText();
            created(admin.post("/api/v1/projects/" + projectId + "/members",
                    "{\"userId\":\"" + MEMBER + "\",\"role\":\"MEMBER\",\"hourlyRate\":\"120.00\"}"));
            ok(admin.post("/api/v1/projects/" + projectId + "/rates",
                    "{\"hourlyRate\":\"130.00\",\"effectiveFrom\":\"2099-01-01\"}"));
            // an hour of budget: the member's time below crosses 50, 80 and 100 %
            ok(admin.exchange("PUT", "/api/v1/projects/" + projectId + "/budget",
                    "{\"hours\":\"1\",\"resetsMonthly\":false}"));

            // the member leaves a second project while assigned there: task-service unassigns them itself
            String leftProject = created(admin.post("/api/v1/projects", """
                    {"clientId":"%s","name":"Intranet","code":"INT-1","billingMode":"TIME_AND_MATERIALS",
                     "defaultHourlyRate":"90.00"}""".formatted(clientId))).get("projectId").asText();
            created(admin.post("/api/v1/projects/" + leftProject + "/members",
                    "{\"userId\":\"" + MEMBER + "\",\"role\":\"MEMBER\"}"));
            String leftTask = eventually(() -> member.post("/api/v1/tasks",
                    "{\"projectId\":\"" + leftProject + "\",\"title\":\"Intranet search\"}")).get("taskId").asText();
            eventually(() -> member.post("/api/v1/tasks/" + leftTask + "/assignees",
                    "{\"userId\":\"" + MEMBER + "\"}"));
            ok(admin.exchange("DELETE", "/api/v1/projects/" + leftProject + "/members/" + MEMBER, null));
            ok(admin.exchange("PUT", "/api/v1/projects/" + leftProject + "/status", "{\"status\":\"ON_HOLD\"}"));
        }

        /** Two tasks with their work; time logged, adjusted, deleted and timed; one week approved, one rejected. */
        void tasksAndTime() {
            firstTask = eventually(() -> member.post("/api/v1/tasks",
                    "{\"projectId\":\"" + projectId + "\",\"title\":\"Design review\"}")).get("taskId").asText();
            String secondTask = ok(member.post("/api/v1/tasks",
                    "{\"projectId\":\"" + projectId + "\",\"title\":\"Go live\"}")).get("taskId").asText();
            String task = "/api/v1/tasks/" + firstTask;
            eventually(() -> member.post(task + "/assignees", "{\"userId\":\"" + MEMBER + "\"}"));
            ok(member.exchange("PUT", task + "/status", "{\"status\":\"IN_PROGRESS\"}"));
            ok(member.exchange("PUT", task + "/estimate", "{\"hours\":8}"));
            ok(member.exchange("PUT", task + "/due-date", "{\"dueDate\":\"" + today.plusDays(14) + "\"}"));
            created(member.post(task + "/comments", "{\"text\":\"Agenda sent\"}"));
            String blocked = "/api/v1/tasks/" + secondTask + "/dependencies";
            ok(member.post(blocked, "{\"blockerTaskId\":\"" + firstTask + "\"}"));
            ok(member.exchange("DELETE", blocked + "/" + firstTask, null));

            eventually(() -> member.post("/api/v1/time-entries", entry(today, 90, "Review with the client")));
            String adjusted = ok(member.post("/api/v1/time-entries", entry(today, 30, "Notes")))
                    .get("entryId").asText();
            ok(member.patch("/api/v1/time-entries/" + adjusted, "{\"minutes\":45}"));
            String mistaken = ok(member.post("/api/v1/time-entries", entry(today, 15, "Wrong task")))
                    .get("entryId").asText();
            ok(member.exchange("DELETE", "/api/v1/time-entries/" + mistaken, null));
            created(member.post("/api/v1/timers/start", "{\"taskId\":\"" + firstTask + "\",\"description\":\"Call\"}"));
            ok(member.post("/api/v1/timers/stop", null));

            String timesheets = "/api/v1/timesheets/" + MEMBER + "/";
            ok(member.post(timesheets + week(today) + "/submit", null));
            eventually(() -> admin.post(timesheets + week(today) + "/approve", null));
            LocalDate lastWeek = today.minusWeeks(1);
            ok(member.post("/api/v1/time-entries", entry(lastWeek, 60, "Forgot to log")));
            ok(member.post(timesheets + week(lastWeek) + "/submit", null));
            eventually(() -> admin.post(timesheets + week(lastWeek) + "/reject",
                    "{\"reason\":\"Please split by task\"}"));
        }

        /** An invoice issued and voided (its entries released), then another issued, credited and paid. */
        void invoicesVoidedIssuedCreditedAndPaid() {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            String draft = """
                    {"clientId":"%s","periodFrom":"%s","periodTo":"%s","grouping":"PERSON"}"""
                    .formatted(clientId, monday, monday.plusDays(6));
            String voided = "/api/v1/invoices/" + eventually(() -> admin.post("/api/v1/invoices", draft))
                    .get("invoiceId").asText();
            String voidedId = ok(admin.postIfMatch(voided + "/issue", null, admin.currentETag(voided)))
                    .get("invoiceId").asText();
            await().atMost(WAIT).until(() -> holders().contains(voidedId));
            ok(admin.postIfMatch(voided + "/void", "{\"reason\":\"Wrong period\"}", admin.currentETag(voided)));
            // the next invoice may lock the entries only once timetracking released them from the voided one
            await().atMost(WAIT).until(() -> !holders().contains(voidedId));

            String paid = "/api/v1/invoices/" + eventually(() -> admin.post("/api/v1/invoices", draft))
                    .get("invoiceId").asText();
            JsonNode issued = ok(admin.postIfMatch(paid + "/issue", null, admin.currentETag(paid)));
            created(admin.post("/api/v1/credit-notes", """
                    {"invoiceId":"%s","amount":"1.00","reason":"Goodwill"}"""
                    .formatted(issued.get("invoiceId").asText())));
            assertThat(ok(admin.post(paid + "/payments", "{\"amount\":\"" + issued.get("grossTotal").asText()
                    + "\"}")).get("status").asText()).isEqualTo("PAID");
        }

        /** The invoices holding the member's entries of this week, as timetracking shows them. */
        private List<String> holders() {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            JsonNode page = json(member.get("/api/v1/time-entries?user=" + MEMBER + "&from=" + monday
                    + "&size=100").body());
            List<String> holders = new ArrayList<>();
            page.path("items").forEach(item -> holders.add(item.path("invoiceId").asText("")));
            return holders;
        }

        private String entry(LocalDate date, int minutes, String description) {
            return """
                    {"taskId":"%s","date":"%s","minutes":%d,"description":"%s"}"""
                    .formatted(firstTask, date, minutes, description);
        }
    }
}
