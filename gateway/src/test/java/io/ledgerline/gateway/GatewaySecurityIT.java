package io.ledgerline.gateway;

import static io.ledgerline.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Real JWT validation against a real issuer's published keys: who gets in, who gets 401 and who 403. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewaySecurityIT {

    private static final TestIssuer ISSUER = TestIssuer.INSTANCE;
    private static final DownstreamStub PROJECTS = DownstreamStub.start("project");
    private static final DownstreamStub OPS = DownstreamStub.start("ops");

    @LocalServerPort
    private int port;
    @LocalManagementPort
    private int managementPort;

    private GatewayClient gateway;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
        registry.add("ledgerline.services.project", PROJECTS::baseUrl);
    }

    /** No service owns /api/v1/ops yet; a test route stands in so that the operator's request has somewhere to go. */
    @TestConfiguration
    static class OpsRoute {

        @Bean
        RouteLocator opsRoute(RouteLocatorBuilder routes) {
            return routes.routes().route("ops", route -> route.path("/api/v1/ops/**").uri(OPS.baseUrl())).build();
        }
    }

    @AfterAll
    static void stopServices() {
        PROJECTS.close();
        OPS.close();
    }

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port);
        PROJECTS.clear();
        OPS.clear();
    }

    @Test
    void refusesAMissingTokenWith401Problem() {
        HttpResponse<String> response = gateway.get("/api/v1/projects");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(PROJECTS.receivedNothing()).isTrue();
    }

    @Test
    void refusesAnUnsignedToken() {
        assertRefused(ISSUER.unsigned("acme-admin"));
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        assertRefused(ISSUER.signedByAForeignKey("acme-admin"));
    }

    @Test
    void refusesAnExpiredToken() {
        Instant twoHoursAgo = Instant.now().minusSeconds(7200);
        assertRefused(ISSUER.token("acme-member", claims -> claims
                .issueTime(Date.from(twoHoursAgo))
                .notBeforeTime(Date.from(twoHoursAgo))
                .expirationTime(Date.from(twoHoursAgo.plusSeconds(900)))));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertRefused(ISSUER.token("acme-member", claims -> claims.issuer("https://issuer.example.com")));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertRefused(ISSUER.token("acme-member", claims -> claims.audience("another-api")));
    }

    @Test
    void refusesATokenThatIsNotAJwt() {
        assertRefused("not-a-jwt");
    }

    @Test
    void passesAValidTokenWithTheAuthorizationHeaderUnchanged() throws Exception {
        String token = ISSUER.token("acme-member", "acme", "member");

        HttpResponse<String> response = gateway.as(token).get("/api/v1/projects/p-1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(PROJECTS.takeRequest().header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void refusesAMemberOnOpsWith403Problem() {
        HttpResponse<String> response = gateway.as(ISSUER.token("acme-member", "acme", "member"))
                .get("/api/v1/ops/processors");

        assertProblem(response, 403);
        assertThat(OPS.receivedNothing()).isTrue();
    }

    @Test
    void refusesAnIntegrationWithoutRolesOnOpsWith403Problem() {
        HttpResponse<String> response = gateway.as(ISSUER.token("acme-integration", "acme"))
                .get("/api/v1/ops/dead-letters");

        assertProblem(response, 403);
    }

    @Test
    void refusesATenantAdminOnOpsWith403Problem() {
        HttpResponse<String> response = gateway.as(ISSUER.token("globex-admin", "globex", "admin"))
                .get("/api/v1/ops/dead-letters");

        assertProblem(response, 403);
        assertThat(OPS.receivedNothing()).isTrue();
    }

    @Test
    void letsThePlatformOperatorReachOps() throws Exception {
        HttpResponse<String> response = gateway.as(ISSUER.token("ops-admin", "platform", "operator"))
                .get("/api/v1/ops/processors");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(OPS.takeRequest().pathAndQuery()).isEqualTo("/api/v1/ops/processors");
    }

    @Test
    void keepsProbesMetricsAndApiDocsOpen() throws Exception {
        assertThat(new GatewayClient(managementPort).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(new GatewayClient(managementPort).get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(gateway.get("/v3/api-docs/project-service").statusCode()).isEqualTo(200);
        assertThat(PROJECTS.takeRequest().pathAndQuery()).isEqualTo("/v3/api-docs");
    }

    @Test
    void servesASwaggerUiOverEveryServicesApiDocs() {
        HttpResponse<String> config = gateway.get("/v3/api-docs/gateway/swagger-config");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(config).path("urls").findValuesAsText("url")).containsExactlyInAnyOrder(
                "/v3/api-docs/gateway", "/v3/api-docs/project-service", "/v3/api-docs/task-service",
                "/v3/api-docs/timetracking-service", "/v3/api-docs/billing-service",
                "/v3/api-docs/webhook-service");
        HttpResponse<String> ui = gateway.get("/webjars/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void keepsOtherActuatorEndpointsClosed() {
        assertProblem(gateway.get("/actuator/env"), 401);
    }

    @Test
    void answersNoCorsHeadersByDefault() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/v1/projects")
                .header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private void assertRefused(String token) {
        HttpResponse<String> response = gateway.as(token).get("/api/v1/projects/p-1");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
        assertThat(response.body()).doesNotContain("expired", "audience", "signature");
        assertThat(PROJECTS.receivedNothing()).isTrue();
    }
}
