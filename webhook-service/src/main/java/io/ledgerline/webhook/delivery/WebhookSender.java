package io.ledgerline.webhook.delivery;

import io.ledgerline.webhook.subscription.TargetPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Posts a delivery: its body as {@code application/cloudevents+json}, signed for the moment it is sent. Redirects are
 * not followed (a 3xx is a failure), the answer's body is discarded, and the target is checked against the SSRF rule
 * again, since its name may resolve elsewhere than when it was registered.
 */
public class WebhookSender {

    /** The delivery's id, the same on every attempt, for receivers that deduplicate. */
    public static final String DELIVERY_HEADER = "Ledgerline-Delivery";
    static final String USER_AGENT = "Ledgerline-Webhooks/1.0";

    private final HttpClient http;
    private final TargetPolicy targets;
    private final Duration timeout;
    private final Clock clock;

    public WebhookSender(HttpClient http, TargetPolicy targets, Duration timeout, Clock clock) {
        this.http = http;
        this.targets = targets;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Sends without blocking; the future never fails, a failure is an {@link AttemptResult} too. */
    CompletableFuture<AttemptResult> send(DueDelivery delivery) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        HttpRequest request;
        try {
            URI target = targets.check(delivery.targetUrl());
            request = HttpRequest.newBuilder(target)
                    .timeout(timeout)
                    .header("Content-Type", CloudEventBody.MEDIA_TYPE)
                    .header("User-Agent", USER_AGENT)
                    .header(DELIVERY_HEADER, delivery.deliveryId())
                    .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(),
                            start.getEpochSecond(), delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(AttemptResult.failed(start, 0, "refused: " + e.getMessage()));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
                    return failure == null ? AttemptResult.answered(start, response.statusCode(), latency)
                            : AttemptResult.failed(start, latency, describe(failure));
                });
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + timeout;
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
