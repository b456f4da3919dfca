package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Zero trust at the service: every token is checked here as if no gateway stood in front. */
@AutoConfigureObservability
@LedgerlineIntegrationTest
class SecurityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final TestIdentity IDENTITY = TestIdentity.instance();

    @LocalServerPort
    int port;

    static List<String> rejectedTokens() throws JOSEException {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return List.of(
                IDENTITY.token(claims -> claims.claim("tenant", "demo").subject("eve")
                        .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60)))),
                IDENTITY.token(claims -> claims.claim("tenant", "demo").subject("eve")
                        .issuer("https://other-issuer.example")),
                IDENTITY.token(claims -> claims.claim("tenant", "demo").subject("eve").audience("another-api")),
                IDENTITY.token(claims -> claims.subject("eve").claim("roles", List.of("admin"))),
                IDENTITY.tokenSignedByAnotherKey("demo", "eve", "admin"),
                new PlainJWT(new PlainHeader(), new JWTClaimsSet.Builder().issuer(IDENTITY.issuer())
                        .audience(TestIdentity.AUDIENCE).subject("eve").claim("tenant", "demo")
                        .claim("roles", List.of("admin")).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                        .build()).serialize(),
                "not-a-jwt");
    }

    @Test
    void aRequestWithoutATokenIs401ProblemWithTheRequestId() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/notes/x/history", null, "req-no-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.headers().firstValue("X-Request-Id")).contains("req-no-token");
        assertThat(response.body()).contains("\"requestId\":\"req-no-token\"");
    }

    @ParameterizedTest(name = "[{index}] rejected")
    @MethodSource("rejectedTokens")
    void expiredForeignUnsignedOrTenantlessTokensAre401(String token) throws Exception {
        assertThat(send("GET", "/api/v1/notes/x/history", token, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aMemberMayWriteButNotReachOperations() throws Exception {
        String member = IDENTITY.token("demo", "mia", "member");

        assertThat(send("POST", "/api/v1/notes", member, null).statusCode()).isEqualTo(201);
        HttpResponse<String> ops = send("GET", "/api/v1/ops/ping", member, null);
        assertThat(ops.statusCode()).isEqualTo(403);
        assertThat(ops.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void theOperatorReachesOperationsATenantsAdminDoesNot() throws Exception {
        assertThat(send("GET", "/api/v1/ops/ping", IDENTITY.token("platform", "ops-admin", "operator"), null)
                .statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/ops/ping", IDENTITY.token("demo", "ada", "admin"), null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aReadOnlyIntegrationClientMayReadButNotWrite() throws Exception {
        String readOnly = IDENTITY.token(claims -> claims.claim("tenant", "demo").subject("demo-integration")
                .claim("scope", "api.read events.read"));

        assertThat(send("GET", "/api/v1/notes/00000000-0000-0000-0000-000000000000/history", readOnly, null)
                .statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/notes", readOnly, null).statusCode()).isEqualTo(403);
    }

    @Test
    void anotherTenantsAggregateIsNotFound() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/notes", IDENTITY.token("acme", "al", "member"), null);
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> foreign = send("GET", location + "/history", IDENTITY.token("globex", "gil", "admin"),
                null);

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(send("GET", location + "/history", IDENTITY.token("acme", "al", "member"), null).statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path, String token, String requestId)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, "POST".equals(method) ? HttpRequest.BodyPublishers.ofString("{\"text\":\"t\"}")
                        : HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
