package io.ledgerline.gateway;

import static io.ledgerline.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A flood of bad tokens from one address is throttled before authentication: after ten refusals the address gets
 * 429 without its tokens being decoded, and the issuer's key set is not fetched for each of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledgerline.gateway.rate-limit.refusals.capacity=10",
        "ledgerline.gateway.rate-limit.refusals.refill-per-second=1"})
class GatewayRefusalLimitIT {

    private static final TestIssuer ISSUER = TestIssuer.INSTANCE;
    private static final DownstreamStub PROJECTS = DownstreamStub.start("project");

    @LocalServerPort
    private int port;
    @LocalManagementPort
    private int managementPort;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
        registry.add("ledgerline.services.project", PROJECTS::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        PROJECTS.close();
    }

    @Test
    void aFloodOfBadTokensFromOneAddressIsAnswered429BeforeAuthentication() {
        int fetchesBefore = ISSUER.jwkSetFetches();
        long started = System.nanoTime();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String token = i % 2 == 0 ? "not-a-token-" + i : ISSUER.signedWithAnUnknownKeyId("flood-" + i);
            answers.add(new GatewayClient(port).as(token).get("/api/v1/projects"));
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L + 1;

        long unauthorized = answers.stream().filter(answer -> answer.statusCode() == 401).count();
        List<HttpResponse<String>> throttled = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
        assertThat(unauthorized + throttled.size()).as("every answer is 401 or 429").isEqualTo(300);
        assertThat(unauthorized).as("refusals allowed in %d s: the burst of 10 and one per second", seconds)
                .isBetween(10L, 10 + seconds);
        assertThat(throttled).hasSizeGreaterThanOrEqualTo(300 - 10 - (int) seconds);
        assertProblem(throttled.get(throttled.size() - 1), 429);
        assertThat(throttled.get(0).headers().firstValue("Retry-After")).hasValue("1");
        assertThat(ISSUER.jwkSetFetches() - fetchesBefore).as("key-set fetches: at most two per 30 s")
                .isLessThanOrEqualTo(2 * (int) (1 + seconds / 30));
        assertThat(PROJECTS.receivedNothing()).isTrue();
        assertThat(new GatewayClient(managementPort).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
