package io.ledgerline.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The data the time-entry load needs, created through the API as a firm would: a client, a time-and-materials
 * project with {@code users} members at an hourly rate, and a task; then time entries for those members, spread
 * over past weeks so that the per-user-week lock of timesheets is rarely contended.
 */
final class Workload {

    private final Api api;
    private final List<String> users = new ArrayList<>();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String projectId;
    private String taskId;
    private String someEntryId;
    private final AtomicLong entries = new AtomicLong();

    Workload(Api api) {
        this.api = api;
    }

    Workload create(int members) {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String clientId = api.call(api.post(Api.GATEWAY + "/api/v1/clients", Api.map("name", "Bench " + run,
                "currency", "EUR", "paymentTermsDays", 30, "defaultTaxRate", "19",
                "billingAddress", Api.map("line1", "Hauptstrasse 1", "postalCode", "10115", "city", "Berlin",
                        "country", "DE"))), 201).path("clientId").asText();
        projectId = api.call(api.post(Api.GATEWAY + "/api/v1/projects", Api.map("clientId", clientId,
                "name", "Benchmark " + run, "code", "B-" + run, "billingMode", "TIME_AND_MATERIALS")), 201)
                .path("projectId").asText();
        for (int i = 0; i < members; i++) {
            String user = "bench-user-" + i;
            api.call(api.post(Api.GATEWAY + "/api/v1/projects/" + projectId + "/members",
                    Api.map("userId", user, "role", "MEMBER", "hourlyRate", "120.00")), 201);
            users.add(user);
        }
        // task-service learns the project from Kafka: retry until it has
        taskId = api.until(() -> api.post(Api.GATEWAY + "/api/v1/tasks",
                Api.map("projectId", projectId, "title", "Benchmark work")), 201, Duration.ofSeconds(60))
                .path("taskId").asText();
        // timetracking-service learns members and the task from Kafka: the last member logging proves both arrived
        someEntryId = api.until(() -> logTime(Api.TIMETRACKING, users.size() - 1L), 201, Duration.ofSeconds(60))
                .path("entryId").asText();
        return this;
    }

    /** The next time entry: the members in turn, each on a different past day. */
    HttpRequest logTime(String baseUrl) {
        return logTime(baseUrl, entries.getAndIncrement());
    }

    private HttpRequest logTime(String baseUrl, long n) {
        String user = users.get((int) (n % users.size()));
        LocalDate date = today.minusDays(1 + (n / users.size()) % 360);
        return api.post(baseUrl + "/api/v1/time-entries", Api.map("userId", user, "taskId", taskId,
                "date", date.toString(), "minutes", 30, "description", "benchmark"));
    }

    /** A cheap authenticated read through the same path: one entry by id. */
    HttpRequest readEntry(String baseUrl) {
        return api.get(baseUrl + "/api/v1/time-entries/" + someEntryId);
    }

    String projectId() {
        return projectId;
    }

    String taskId() {
        return taskId;
    }

    List<String> users() {
        return users;
    }
}
