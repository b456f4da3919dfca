package io.ledgerline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The identity provider over real HTTP on a fixed free port, so that its issuer is a URL that really answers:
 * tokens come from the token endpoint and are checked with the keys its discovery document names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class TokenEndpointIT {

    private static final int PORT = freePort();
    private static final String ISSUER = "http://127.0.0.1:" + PORT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static JwtDecoder decoder;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("ledgerline.identity.issuer", () -> ISSUER);
    }

    @ParameterizedTest
    @CsvSource({"acme-admin, acme, admin", "acme-manager, acme, manager", "globex-member, globex, member",
        "acme-finance, acme, finance", "globex-finance, globex, finance", "ops-admin, platform, operator"})
    void issuesAUserTokenWithTenantRolesAndSubject(String user, String tenant, String role) throws Exception {
        HttpResponse<String> response = token(user, "secret", "grant_type=client_credentials");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        Jwt jwt = decoder().decode(body.path("access_token").asText());
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");
        assertThat(jwt.getSubject()).isEqualTo(user);
        assertThat(jwt.getClaimAsString("tenant")).isEqualTo(tenant);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(role);
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("api");
        assertThat(jwt.getAudience()).containsExactly("ledgerline");
        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void issuesAnIntegrationTokenWithScopesAndNoRoles() throws Exception {
        HttpResponse<String> response = token("globex-integration", "secret", "grant_type=client_credentials");

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt jwt = decoder().decode(JSON.readTree(response.body()).path("access_token").asText());
        assertThat(jwt.getSubject()).isEqualTo("globex-integration");
        assertThat(jwt.getClaimAsString("tenant")).isEqualTo("globex");
        assertThat(jwt.getClaimAsStringList("roles")).isEmpty();
        assertThat(jwt.getClaimAsStringList("scope")).containsExactlyInAnyOrder("events.read", "api.read");
        assertThat(jwt.getAudience()).containsExactly("ledgerline");
    }

    @Test
    void narrowsTheScopesToThoseRequested() throws Exception {
        HttpResponse<String> response = token("acme-integration", "secret",
                "grant_type=client_credentials&scope=events.read");

        Jwt jwt = decoder().decode(JSON.readTree(response.body()).path("access_token").asText());
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("events.read");
    }

    @Test
    void refusesAScopeTheClientDoesNotHave() throws Exception {
        HttpResponse<String> response = token("acme-member", "secret",
                "grant_type=client_credentials&scope=events.read");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("invalid_scope");
    }

    @ParameterizedTest
    @CsvSource({"acme-manager, wrong", "nobody, secret"})
    void refusesAWrongSecretOrAnUnknownClientWith401(String client, String secret) throws Exception {
        HttpResponse<String> response = token(client, secret, "grant_type=client_credentials");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void publishesDiscoveryKeysAndProbes() throws Exception {
        JsonNode discovery = JSON.readTree(get("/.well-known/openid-configuration").body());
        assertThat(discovery.path("issuer").asText()).isEqualTo(ISSUER);
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/token");

        JsonNode keys = JSON.readTree(get("/oauth2/jwks").body()).path("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).path("kty").asText()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).as("private part").isFalse();

        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
    }

    @Test
    void offersALoginFormForTheAuthorizationCodeFlow() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("username", "password");
    }

    private static synchronized JwtDecoder decoder() {
        if (decoder == null) {
            decoder = JwtDecoders.fromIssuerLocation(ISSUER); // discovery, JWKS, issuer and timestamp checks
        }
        return decoder;
    }

    private static HttpResponse<String> token(String client, String secret, String form) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
