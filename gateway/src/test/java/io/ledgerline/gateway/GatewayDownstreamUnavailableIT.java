package io.ledgerline.gateway;

import static io.ledgerline.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Project service down (connection refused), task service too slow for a 1 s response timeout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledgerline.timeouts.task=1000")
class GatewayDownstreamUnavailableIT {

    private static final DownstreamStub SLOW_TASKS = DownstreamStub.start("task", Duration.ofSeconds(4));

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        TestIssuer.register(registry);
        String refusing = "http://127.0.0.1:" + closedPort();
        registry.add("ledgerline.services.project", () -> refusing);
        registry.add("ledgerline.services.task", SLOW_TASKS::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        SLOW_TASKS.close();
    }

    @Test
    void answersARefusedConnectionWith503Problem() {
        HttpResponse<String> response = new GatewayClient(port).asMember().get("/api/v1/projects/p-1");

        assertProblem(response, 503);
    }

    @Test
    void answersADownstreamTimeoutWith503Problem() {
        long started = System.nanoTime();
        HttpResponse<String> response = new GatewayClient(port).asMember().get("/api/v1/tasks/t-1");

        assertProblem(response, 503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
