package io.ledgerline.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Talks to the running stack as a user would: a token from the identity provider, then the gateway. */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LocalStack stack;
    private final String token;

    private GatewayClient(LocalStack stack, String token) {
        this.stack = stack;
        this.token = token;
    }

    /** Signs in a demo account through the identity provider's real token endpoint. */
    static GatewayClient as(LocalStack stack, String account, String secret) {
        return new GatewayClient(stack, accessToken(stack, account, secret));
    }

    /** A demo account's access token from the identity provider's token endpoint. */
    static String accessToken(LocalStack stack, String account, String secret) {
        String basic = Base64.getEncoder().encodeToString((account + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.serviceUrl("identity") + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return json(send(request).body()).get("access_token").asText();
    }

    HttpResponse<String> post(String path, String body) {
        return exchange("POST", path, body);
    }

    HttpResponse<String> patch(String path, String body) {
        return exchange("PATCH", path, body);
    }

    HttpResponse<String> get(String path) {
        return exchange("GET", path, null);
    }

    /**
     * Sets the tenant's seller profile, which issuing an invoice needs (EN 16931: the seller's name, address, tax id,
     * contact and bank account), and fails unless the answer is 2xx.
     */
    void setSellerProfile() {
        HttpResponse<String> answer = exchange("PUT", "/api/v1/seller-profile", """
                {"legalName":"Acme Consulting GmbH","line1":"Werkstrasse 5","postalCode":"20095","city":"Hamburg",
                 "country":"DE","vatId":"DE123456789","contactName":"Grace Hopper","email":"billing@acme.example",
                 "phone":"+49 40 1234567","iban":"DE89 3704 0044 0532 0130 00","bic":"COBADEFFXXX",
                 "bankName":"Commerzbank","paymentTermsDays":14}""");
        if (answer.statusCode() / 100 != 2) {
            throw new AssertionError("seller profile not set: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** A GET whose answer is kept as bytes (a PDF, an XML document). */
    HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(request("GET", path, null).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A conditional POST: {@code etag} is the version the change is based on (issue and void require one). */
    HttpResponse<String> postIfMatch(String path, String body, String etag) {
        return send(request("POST", path, body).header("If-Match", etag).build());
    }

    /** The ETag of the resource at {@code path} as it is now. */
    String currentETag(String path) {
        return get(path).headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
    }

    /** A POST that names its request, so the correlation id it leaves behind can be asserted. */
    HttpResponse<String> post(String path, String body, String requestId) {
        return send(request("POST", path, body).header("X-Request-Id", requestId).build());
    }

    HttpResponse<String> exchange(String method, String path, String body) {
        return send(request(method, path, body).build());
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request;
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
