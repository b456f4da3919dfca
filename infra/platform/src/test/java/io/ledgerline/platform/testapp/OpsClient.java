package io.ledgerline.platform.testapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.outbox.IntegrationJson;
import io.ledgerline.testsupport.TestIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the test application over HTTP as the platform operator, a tenant's admin or whoever the token names. */
final class OpsClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String token;

    private OpsClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** The platform operator: operations of every tenant, no tenant's data. */
    static OpsClient asOperator(int port) {
        return new OpsClient(port, TestIdentity.instance().token("platform", "ops-admin", "operator"));
    }

    static OpsClient asAdmin(int port) {
        return new OpsClient(port, TestIdentity.instance().token("demo", "ada", "admin"));
    }

    static OpsClient asMember(int port) {
        return new OpsClient(port, TestIdentity.instance().token("demo", "mia", "member"));
    }

    static OpsClient anonymous(int port) {
        return new OpsClient(port, null);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return IntegrationJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
