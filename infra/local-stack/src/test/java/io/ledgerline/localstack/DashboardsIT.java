package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.PrometheusTools;
import io.ledgerline.testsupport.Promtool;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Grafana panel's query returns data from a real Prometheus (Debian's package) scraping the whole local stack
 * after a task-to-cash flow through the gateway; the operations API answers through the gateway for every service.
 */
class DashboardsIT {

    private static final List<String> SERVICES = List.of("project-service", "task-service", "timetracking-service",
            "billing-service", "webhook-service");
    private static final String MEMBER = "acme-member";
    private static final Path HOME = RepositoryRoot.find(Path.of(""));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalStack stack;
    private static String token;

    @BeforeAll
    static void startStackWithPrometheus() throws Exception {
        PrometheusTools.require("prometheus"); // else skipped, or failed in CI
        // Prometheus on a free port too, not 9090, where one installed as a system service may already listen
        stack = TestStacks.fresh("dashboards").withPrometheus()
                .set("LEDGERLINE_PROMETHEUS_PORT", Integer.toString(TestStacks.freePort()))
                .startupTimeout(Duration.ofSeconds(240))
                .start();
        // the operations API is the platform operator's, not a tenant's
        token = accessToken("ops-admin", "secret");
        driveTaskToCash();
        for (String service : SERVICES) {
            get(stack.gatewayUrl() + "/api/v1/ops/" + service + "/processors");
        }
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void everyServicesOperationsApiAnswersThroughTheGateway() throws Exception {
        for (String service : SERVICES) {
            HttpResponse<String> processors = get(stack.gatewayUrl() + "/api/v1/ops/" + service + "/processors");
            assertThat(processors.statusCode()).as(service + ": " + processors.body()).isEqualTo(200);
            assertThat(JSON.readTree(processors.body()).isArray()).isTrue();
            assertThat(get(stack.gatewayUrl() + "/api/v1/ops/" + service + "/dead-letters").statusCode())
                    .as(service).isEqualTo(200);
        }
        String tenantAdmin = accessToken("acme-admin", "secret");
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                + "/api/v1/ops/project-service/processors")).header("Authorization", "Bearer " + tenantAdmin)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as("a tenant's admin is no platform operator").isEqualTo(403);
    }

    @Test
    void everyPanelQueryReturnsData() throws Exception {
        await("every service scraped").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions().untilAsserted(() -> assertThat(unhealthyTargets()).isEmpty());
        // Kafka registers per-partition lag once a consumer fetched, and Micrometer looks for new Kafka metrics
        // every minute; rates need two scrapes after the flow.
        await("per-partition consumer lag").atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(5))
                .until(() -> results("kafka_consumer_fetch_manager_records_lag") > 0);
        // rates need two scrapes after the flow: poll until every panel has data, then say which have none
        await("every panel has data").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(panelsWithoutData()).as("panels without data").isEmpty());
    }

    @Test
    void everyServicesMetricsFollowPrometheusConventions() throws Exception {
        for (String service : Stream.concat(SERVICES.stream(), Stream.of("gateway")).toList()) {
            HttpResponse<String> scraped = get(stack.managementUrl(service) + "/actuator/prometheus");

            assertThat(scraped.statusCode()).as(service).isEqualTo(200);
            Promtool.assertMetricsPass(scraped.body());
        }
    }

    @Test
    void operatorsEndpointsAnswerOnlyOnTheManagementPorts() throws Exception {
        for (String service : Stream.concat(SERVICES.stream(), Stream.of("gateway")).toList()) {
            assertThat(get(stack.managementUrl(service) + "/actuator/health/readiness").statusCode()).as(service)
                    .isEqualTo(200);
            for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/health/readiness")) {
                assertThat(get(stack.serviceUrl(service) + path).statusCode()).as(service + path).isEqualTo(404);
            }
        }
    }

    private static List<String> panelsWithoutData() throws Exception {
        List<String> empty = new ArrayList<>();
        try (Stream<Path> files = Files.list(HOME.resolve("infra/grafana/dashboards"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode panel : JSON.readTree(file.toFile()).path("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        String expr = target.path("expr").asText();
                        if (results(expr) == 0) {
                            empty.add(file.getFileName() + " / " + panel.path("title").asText() + ": " + expr);
                        }
                    }
                }
            }
        }
        return empty;
    }

    /**
     * From task to cash, as TaskToCashIT does with the same roles (finance's client and invoice, the manager's
     * project), so that every service has handled commands and events.
     */
    private static void driveTaskToCash() {
        GatewayClient finance = GatewayClient.as(stack, "acme-finance", "secret");
        GatewayClient manager = GatewayClient.as(stack, "acme-manager", "secret");
        GatewayClient member = GatewayClient.as(stack, MEMBER, "secret");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String week = "%d-W%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR),
                today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String clientId = eventually(() -> finance.post("/api/v1/clients", """
                {"name":"Acme GmbH","currency":"EUR","paymentTermsDays":30,"defaultTaxRate":"19",
                 "billingAddress":{"line1":"Hauptstrasse 1","postalCode":"10115","city":"Berlin","country":"DE"}}"""))
                .get("clientId").asText();
        finance.setSellerProfile();
        String projectId = eventually(() -> manager.post("/api/v1/projects", """
                {"clientId":"%s","name":"Dashboards","code":"DASH-1","billingMode":"TIME_AND_MATERIALS",
                 "defaultHourlyRate":"100.00"}""".formatted(clientId))).get("projectId").asText();
        eventually(() -> manager.post("/api/v1/projects/" + projectId + "/members",
                "{\"userId\":\"" + MEMBER + "\",\"role\":\"MEMBER\",\"hourlyRate\":\"120.00\"}"));
        // one budgeted hour, so that the 90 minutes below cross every threshold the business dashboard counts
        eventually(() -> manager.exchange("PUT", "/api/v1/projects/" + projectId + "/budget",
                "{\"hours\":\"1\",\"resetsMonthly\":false}"));
        String taskId = eventually(() -> manager.post("/api/v1/tasks",
                "{\"projectId\":\"" + projectId + "\",\"title\":\"Watch the dashboards\"}")).get("taskId").asText();
        eventually(() -> manager.post("/api/v1/tasks/" + taskId + "/assignees", "{\"userId\":\"" + MEMBER + "\"}"));
        eventually(() -> member.post("/api/v1/time-entries", """
                {"taskId":"%s","date":"%s","minutes":90,"description":"Dashboards"}""".formatted(taskId, today)));
        eventually(() -> member.post("/api/v1/timesheets/" + MEMBER + "/" + week + "/submit", null));
        eventually(() -> manager.post("/api/v1/timesheets/" + MEMBER + "/" + week + "/approve", null));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String invoiceId = eventually(() -> finance.post("/api/v1/invoices", """
                {"clientId":"%s","periodFrom":"%s","periodTo":"%s","grouping":"PERSON"}"""
                .formatted(clientId, monday, monday.plusDays(6)))).get("invoiceId").asText();
        eventually(() -> finance.postIfMatch("/api/v1/invoices/" + invoiceId + "/issue", null,
                finance.currentETag("/api/v1/invoices/" + invoiceId)));
        manager.get("/api/v1/projects/" + UUID.randomUUID());
    }

    /** Repeats a request another service must first learn enough to accept, until it is accepted. */
    private static JsonNode eventually(Supplier<HttpResponse<String>> request) {
        List<HttpResponse<String>> last = new ArrayList<>(List.of());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            last.add(0, request.get());
            return last.get(0).statusCode() < 300;
        });
        String body = last.get(0).body();
        return GatewayClient.json(body == null || body.isBlank() ? "{}" : body);
    }

    /** Each scrape target that is not up, with Prometheus' reason. */
    private static List<String> unhealthyTargets() throws Exception {
        JsonNode targets = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(stack.prometheusUrl()
                + "/api/v1/targets?state=active")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        List<String> unhealthy = new ArrayList<>();
        for (JsonNode target : targets.path("data").path("activeTargets")) {
            String job = target.path("labels").path("job").asText();
            if (!job.equals("prometheus") && !target.path("health").asText().equals("up")) {
                unhealthy.add(job + ": " + target.path("health").asText() + " " + target.path("lastError").asText());
            }
        }
        return unhealthy;
    }

    private static int results(String query) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.prometheusUrl()
                + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asText()).as(query + ": " + response.body()).isEqualTo("success");
        return body.path("data").path("result").size();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String accessToken(String account, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((account + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(stack.serviceUrl("identity") + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
