package io.ledgerline.gateway;

import static io.ledgerline.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Retries for GETs only; a circuit breaker that opens after two timeouts and then answers 503 at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledgerline.timeouts.billing=500",
        "resilience4j.circuitbreaker.instances.billing-service.minimum-number-of-calls=2",
        "resilience4j.circuitbreaker.instances.billing-service.sliding-window-size=2",
        "resilience4j.circuitbreaker.instances.billing-service.wait-duration-in-open-state=1m"})
class GatewayResilienceIT {

    private static final DownstreamStub TIME = DownstreamStub.start("timetracking");
    private static final DownstreamStub SLOW_BILLING = DownstreamStub.start("billing", Duration.ofSeconds(2));

    @LocalServerPort
    private int port;

    private GatewayClient gateway;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
        registry.add("ledgerline.services.timetracking", TIME::baseUrl);
        registry.add("ledgerline.services.billing", SLOW_BILLING::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        TIME.close();
        SLOW_BILLING.close();
    }

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port).asMember();
        TIME.clear();
    }

    @Test
    void retriesAGetTwiceOnServiceUnavailable() throws Exception {
        TIME.respondWith(503);

        HttpResponse<String> response = gateway.get("/api/v1/time-entries");

        assertThat(response.statusCode()).isEqualTo(503);
        Thread.sleep(200);
        assertThat(TIME.receivedCount()).isEqualTo(3);
    }

    @Test
    void neverRetriesAPost() throws Exception {
        TIME.respondWith(503);

        HttpResponse<String> response = gateway.send(gateway.request("/api/v1/time-entries")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(503);
        Thread.sleep(200);
        assertThat(TIME.receivedCount()).isEqualTo(1);
    }

    @Test
    void opensTheCircuitAfterTimeoutsAndAnswers503WithoutCallingTheService() throws Exception {
        assertProblem(gateway.get("/api/v1/invoices/i-1"), 503);
        assertProblem(gateway.get("/api/v1/invoices/i-2"), 503);
        SLOW_BILLING.clear();

        long started = System.nanoTime();
        HttpResponse<String> response = gateway.get("/api/v1/invoices/i-3");

        assertProblem(response, 503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(400));
        assertThat(SLOW_BILLING.receivedNothing()).isTrue();
    }
}
