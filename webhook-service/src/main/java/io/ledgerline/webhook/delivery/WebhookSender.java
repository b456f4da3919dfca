package io.ledgerline.webhook.delivery;

import io.ledgerline.webhook.subscription.SecretCipher;
import io.ledgerline.webhook.subscription.TargetPolicy;
import java.io.Closeable;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.nio.entity.DiscardingEntityConsumer;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a delivery: its body as {@code application/cloudevents+json}, signed for the moment it is sent. Redirects are
 * not followed (a 3xx is a failure), the answer's body is discarded, and the target is checked against the SSRF rule
 * again on every connection: the client resolves names through {@link PinnedResolver}, so it connects only to an
 * address the rule has just accepted.
 */
public final class WebhookSender implements Closeable {

    /** The delivery's id, the same on every attempt, for receivers that deduplicate. */
    public static final String DELIVERY_HEADER = "Ledgerline-Delivery";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    static final String USER_AGENT = "Ledgerline-Webhooks/1.0";
    private static final ContentType CLOUD_EVENT = ContentType.create(CloudEventBody.MEDIA_TYPE);

    private final CloseableHttpAsyncClient http;
    private final TargetPolicy targets;
    private final DeliverySigner signer;
    private final Duration timeout;
    private final Duration deadline;
    private final Clock clock;

    private WebhookSender(CloseableHttpAsyncClient http, TargetPolicy targets, DeliverySigner signer,
                          Duration connectTimeout, Duration timeout, Clock clock) {
        this.http = http;
        this.targets = targets;
        this.signer = signer;
        this.timeout = timeout;
        this.deadline = connectTimeout.plus(timeout);
        this.clock = clock;
    }

    /**
     * A sender with its own started client: at most {@code connections} open connections, none kept idle longer
     * than a minute, HTTP/1.1, no proxy, no redirects, no retries of its own (the {@link RetryPolicy} decides).
     * The cipher opens the webhooks' secrets to sign each attempt.
     */
    public static WebhookSender create(TargetPolicy targets, SecretCipher cipher, Duration connectTimeout,
                                       Duration timeout, int connections, Clock clock) {
        CloseableHttpAsyncClient http = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PinnedResolver(targets))
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setTimeToLive(TimeValue.ofMinutes(1))
                                .build())
                        .setDefaultTlsConfig(TlsConfig.custom()
                                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(timeout))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofMinutes(1))
                .build();
        http.start();
        return new WebhookSender(http, targets, new DeliverySigner(cipher), connectTimeout, timeout, clock);
    }

    /** Sends without blocking; the future never fails, a failure is an {@link AttemptResult} too. */
    CompletableFuture<AttemptResult> send(DueDelivery delivery) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        SimpleHttpRequest request;
        try {
            URI target = targets.checkUrl(delivery.targetUrl());
            SimpleRequestBuilder builder = SimpleRequestBuilder.post(target)
                    .setHeader("User-Agent", USER_AGENT)
                    .setHeader(DELIVERY_HEADER, delivery.deliveryId())
                    .setBody(delivery.body(), CLOUD_EVENT);
            signer.headers(delivery, start).forEach(builder::setHeader);
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(AttemptResult.failed(start, 0, "refused: " + e.getMessage()));
        } catch (IllegalStateException e) {
            LOG.error("cannot sign delivery {} of webhook {}", delivery.deliveryId(), delivery.subscriptionId(), e);
            return CompletableFuture.completedFuture(AttemptResult.failed(start, 0, "not signed: " + e.getMessage()));
        }
        CompletableFuture<Integer> answer = new CompletableFuture<>();
        Future<?> exchange = http.execute(SimpleRequestProducer.create(request),
                new BasicResponseConsumer<>(new DiscardingEntityConsumer<Void>()), new Completing(answer));
        return answer.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .handle((status, failure) -> {
                    long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
                    if (failure != null) {
                        exchange.cancel(true);
                        return AttemptResult.failed(start, latency, describe(failure));
                    }
                    return AttemptResult.answered(start, status, latency);
                });
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof PinnedResolver.RefusedTargetException) {
            return "refused: " + cause.getMessage();
        }
        if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
            return "no answer within " + timeout;
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    @Override
    public void close() throws IOException {
        http.close(CloseMode.GRACEFUL);
    }

    /** Completes the attempt's future with the answer's status code, or its failure. */
    private record Completing(CompletableFuture<Integer> answer)
            implements FutureCallback<Message<HttpResponse, Void>> {

        @Override
        public void completed(Message<HttpResponse, Void> response) {
            answer.complete(response.getHead().getCode());
        }

        @Override
        public void failed(Exception failure) {
            answer.completeExceptionally(failure);
        }

        @Override
        public void cancelled() {
            answer.completeExceptionally(new TimeoutException("cancelled"));
        }
    }
}
