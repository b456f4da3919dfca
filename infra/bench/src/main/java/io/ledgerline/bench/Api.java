package io.ledgerline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The stack's HTTP API as the benchmarks use it: tokens from the identity provider (renewed well before they expire),
 * JSON requests, and polling until an event-fed read model has caught up.
 */
final class Api {

    static final String IDENTITY = "http://127.0.0.1:9000";
    static final String GATEWAY = "http://127.0.0.1:8080";
    static final String TASK = "http://127.0.0.1:8082";
    static final String TIMETRACKING = "http://127.0.0.1:8083";
    static final String BILLING = "http://127.0.0.1:8084";
    /** The management ports (service port + 100): readiness and Prometheus metrics are served only there. */
    static final String TASK_MANAGEMENT = "http://127.0.0.1:8182";
    static final String BILLING_MANAGEMENT = "http://127.0.0.1:8184";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String account;
    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    Api(HttpClient http, String account) {
        this.http = http;
        this.account = account;
    }

    /** A bearer token for the account, renewed every five minutes (tokens live 15). */
    synchronized String token() {
        if (Instant.now().isAfter(renewAt)) {
            String basic = Base64.getEncoder().encodeToString((account + ":secret").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(IDENTITY + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
            token = send(request, 200).path("access_token").asText();
            renewAt = Instant.now().plus(Duration.ofMinutes(5));
        }
        return token;
    }

    HttpClient client() {
        return http;
    }

    HttpRequest post(String url, Object body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build();
    }

    HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token()).GET().build();
    }

    JsonNode call(HttpRequest request, int expectedStatus) {
        return send(request, expectedStatus);
    }

    /** Sends until the answer is {@code expectedStatus}: the service may not have learnt what it needs yet. */
    JsonNode until(java.util.function.Supplier<HttpRequest> request, int expectedStatus, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == expectedStatus) {
                    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
                }
                last = response.statusCode() + " " + response.body();
                Thread.sleep(200);
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no " + expectedStatus + " within " + timeout + "; last answer: " + last);
    }

    private JsonNode send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> map(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
