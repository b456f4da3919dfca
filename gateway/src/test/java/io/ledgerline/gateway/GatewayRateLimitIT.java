package io.ledgerline.gateway;

import static io.ledgerline.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A burst of five per principal, one more per second; and CORS for one named origin. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledgerline.gateway.rate-limit.capacity=5",
        "ledgerline.gateway.rate-limit.refill-per-second=1",
        "ledgerline.gateway.cors.allowed-origins=https://app.example.com"})
class GatewayRateLimitIT {

    private static final DownstreamStub TASKS = DownstreamStub.start("task");

    @LocalServerPort
    private int port;
    @LocalManagementPort
    private int managementPort;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
        registry.add("ledgerline.services.task", TASKS::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        TASKS.close();
    }

    @Test
    void refusesABurstOverTheLimitWith429AndRetryAfterPerSubject() {
        GatewayClient alice = new GatewayClient(port).as(TestIssuer.INSTANCE.token("burst-alice", "acme", "member"));
        GatewayClient bob = new GatewayClient(port).as(TestIssuer.INSTANCE.token("burst-bob", "acme", "member"));

        for (int i = 0; i < 5; i++) {
            assertThat(alice.get("/api/v1/tasks").statusCode()).as("request %d", i + 1).isEqualTo(200);
        }
        HttpResponse<String> refused = alice.get("/api/v1/tasks");

        assertProblem(refused, 429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 2L);
        assertThat(bob.get("/api/v1/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void limitsAnonymousCallersByAddressButNeverTheProbes() {
        GatewayClient anonymous = new GatewayClient(port);
        for (int i = 0; i < 5; i++) {
            anonymous.get("/v3/api-docs/gateway/swagger-config");
        }

        assertProblem(anonymous.get("/v3/api-docs/gateway/swagger-config"), 429);
        assertThat(new GatewayClient(managementPort).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void answersAPreflightFromAnAllowedOrigin() {
        GatewayClient client = new GatewayClient(port);
        HttpResponse<String> response = client.send(client.request("/api/v1/tasks")
                .header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
    }
}
