package io.ledgerline.gateway;

import static io.ledgerline.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final Map<String, DownstreamStub> SERVICES = Map.of(
            "project", DownstreamStub.start("project"),
            "task", DownstreamStub.start("task"),
            "timetracking", DownstreamStub.start("timetracking"),
            "billing", DownstreamStub.start("billing"),
            "webhook", DownstreamStub.start("webhook"));
    private static final byte[] TWO_MEGABYTES = new byte[2 * 1024 * 1024];

    @LocalServerPort
    private int port;
    @LocalManagementPort
    private int managementPort;

    private GatewayClient gateway;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
        SERVICES.forEach((name, stub) -> registry.add("ledgerline.services." + name, stub::baseUrl));
    }

    private static DownstreamStub.Received takeRequest(String service) {
        try {
            return SERVICES.get(service).takeRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(DownstreamStub::close);
    }

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port).asMember();
        SERVICES.values().forEach(DownstreamStub::clear);
    }

    @ParameterizedTest
    @CsvSource({
            "project, /api/v1/projects",
            "project, /api/v1/projects/p-1/members?role=admin&name=Ada%20L",
            "project, /api/v1/clients/c-1",
            "task, /api/v1/tasks/t-1/comments?page=2&size=20",
            "timetracking, /api/v1/time-entries?from=2025-11-01&to=2025-11-30",
            "timetracking, /api/v1/timers/current",
            "timetracking, /api/v1/timesheets/2025-W48/submit",
            "billing, /api/v1/invoices/inv-1",
            "billing, /api/v1/credit-notes",
            "billing, /api/v1/budgets/b-1?include=burn",
            "billing, /api/v1/unbilled?projectId=p-1",
            "webhook, /api/v1/webhooks",
            "webhook, /api/v1/webhooks/w-1/deliveries?limit=5"})
    void routesEachPrefixToItsServiceWithPathAndQueryIntact(String service, String pathAndQuery) throws Exception {
        HttpResponse<String> response = gateway.get(pathAndQuery);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(response).path("service").asText()).isEqualTo(service);
        assertThat(SERVICES.get(service).takeRequest().pathAndQuery()).isEqualTo(pathAndQuery);
        SERVICES.forEach((name, stub) -> assertThat(stub.receivedNothing()).as(name).isTrue());
    }

    @ParameterizedTest
    @CsvSource({
            "project, GET, /api/v1/ops/project-service/processors, /api/v1/ops/processors",
            "task, GET, /api/v1/ops/task-service/dead-letters, /api/v1/ops/dead-letters",
            "timetracking, POST, /api/v1/ops/timetracking-service/processors/time-summary/replay, "
                    + "/api/v1/ops/processors/time-summary/replay",
            "billing, POST, /api/v1/ops/billing-service/dead-letters/ledgerline.time.v1.dlt/2/17/retry, "
                    + "/api/v1/ops/dead-letters/ledgerline.time.v1.dlt/2/17/retry",
            "webhook, GET, /api/v1/ops/webhook-service/processors?x=1, /api/v1/ops/processors?x=1"})
    void routesEachServicesOperationsApiWithoutTheServiceName(String service, String method, String path,
                                                               String servicePath) {
        GatewayClient operator = gateway.as(TestIssuer.INSTANCE.token("ops-admin", "platform", "operator"));

        HttpResponse<String> response = operator.send(operator.request(path)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        DownstreamStub.Received received = takeRequest(service);
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.pathAndQuery()).isEqualTo(servicePath);
        SERVICES.forEach((name, stub) -> assertThat(stub.receivedNothing()).as(name).isTrue());
    }

    @Test
    void continuesTheCallersTraceTowardsTheService() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        HttpResponse<String> response = gateway.send(gateway.request("/api/v1/tasks")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SERVICES.get("task").takeRequest().header("traceparent")).startsWith("00-" + traceId + "-")
                .doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void itsMetricsFollowPrometheusConventions() throws Exception {
        gateway.get("/api/v1/projects");
        gateway.get("/api/v1/unknown");

        String scraped = new GatewayClient(managementPort).get("/actuator/prometheus").body();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "prometheus-scrape.txt"), scraped);

        assertThat(scraped).contains("http_server_requests_seconds_bucket{", "jvm_memory_used_bytes{");
        Promtool.assertMetricsPass(scraped);
        HttpResponse<String> openMetrics = new GatewayClient(managementPort).send(new GatewayClient(managementPort)
                .request("/actuator/prometheus").header("Accept", "application/openmetrics-text;version=1.0.0")
                .GET().build());
        assertThat(openMetrics.body()).as("no exemplars, which Prometheus before 2.43 refuses on a timer's _count")
                .contains("# EOF").doesNotContain("trace_id");
    }

    @Test
    void refusesAMemberOnAServicesOperationsApi() {
        assertThat(gateway.get("/api/v1/ops/project-service/processors").statusCode()).isEqualTo(403);
        assertThat(SERVICES.get("project").receivedNothing()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"project-service, project", "task, task", "timetracking-service, timetracking", "billing, billing"})
    void servesEachServicesOpenApiDocument(String name, String service) throws Exception {
        HttpResponse<String> response = gateway.get("/v3/api-docs/" + name);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SERVICES.get(service).takeRequest().pathAndQuery()).isEqualTo("/v3/api-docs");
    }

    @Test
    void theSwaggerUiOpensWithTheDemoAccountsFinanceAndOperatorIncluded() {
        HttpResponse<String> overview = gateway.get("/v3/api-docs/gateway");

        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("acme-finance", "globex-finance", "ops-admin");
    }

    @Test
    void generatesARequestIdWhenAbsentAndPassesItDownstream() throws Exception {
        HttpResponse<String> response = gateway.get("/api/v1/tasks/t-1");

        List<String> returned = response.headers().allValues("X-Request-Id");
        assertThat(returned).singleElement().satisfies(id -> assertThat(UUID.fromString(id)).isNotNull());
        assertThat(SERVICES.get("task").takeRequest().header("X-Request-Id")).isEqualTo(returned.get(0));
    }

    @Test
    void keepsASaneRequestId() throws Exception {
        HttpResponse<String> response = gateway.send(
                gateway.request("/api/v1/invoices").header("X-Request-Id", "req_2025.11-26-A").GET().build());

        assertThat(response.headers().allValues("X-Request-Id")).containsExactly("req_2025.11-26-A");
        assertThat(SERVICES.get("billing").takeRequest().header("X-Request-Id")).isEqualTo("req_2025.11-26-A");
    }

    @ParameterizedTest
    @CsvSource({"has space", "semi;colon", "ünïcode"})
    void replacesAnInsaneRequestId(String offered) throws Exception {
        assertReplaced(offered);
    }

    @Test
    void replacesARequestIdLongerThan128Characters() throws Exception {
        assertReplaced("a".repeat(129));
    }

    @Test
    void answersAnUnknownPathWith404Problem() {
        HttpResponse<String> response = gateway.get("/api/v2/nothing-here");

        assertThat(assertProblem(response, 404).path("detail").asText()).contains("/api/v2/nothing-here");
    }

    @Test
    void refusesADeclared2MegabyteBodyWith413Problem() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/v1/time-entries")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TWO_MEGABYTES))
                .build());

        assertProblem(response, 413);
        assertThat(SERVICES.get("timetracking").receivedNothing()).isTrue();
    }

    @Test
    void refusesAStreamed2MegabyteBodyWith413Problem() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/v1/time-entries")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(TWO_MEGABYTES)))
                .build());

        assertProblem(response, 413);
    }

    @Test
    void passesABodyUnderTheLimit() throws Exception {
        HttpResponse<String> response = gateway.send(gateway.request("/api/v1/time-entries")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[512 * 1024])))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SERVICES.get("timetracking").takeRequest().bodyBytes()).isEqualTo(512 * 1024);
    }

    @Test
    void exposesProbesAndPrometheusOnItsManagementPortOnly() {
        GatewayClient management = new GatewayClient(managementPort);
        assertThat(management.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(management.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> prometheus = management.get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/health/readiness"}) {
            assertThat(gateway.get(path).statusCode()).as(path).isIn(401, 404);
            assertThat(gateway.asMember().get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    private void assertReplaced(String offered) throws Exception {
        HttpResponse<String> response = gateway.send(
                gateway.request("/api/v1/projects").header("X-Request-Id", offered).GET().build());

        String returned = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(returned).isNotEqualTo(offered);
        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(SERVICES.get("project").takeRequest().header("X-Request-Id")).isEqualTo(returned);
    }
}
