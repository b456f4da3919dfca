package io.ledgerline.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Sends creating commands to where the given function points (the gateway, or one instance of a service directly)
 * with bounded concurrency and a fixed pace, each command with its
 * own Idempotency-Key and each attempt with its own X-Request-Id, which the service stores as the correlation id of
 * the events it causes, so every event can be traced back to the one attempt that caused it.
 */
final class LoadDriver {

    /** One HTTP attempt: status -1 when no answer came (connection refused or reset, timeout). */
    record Attempt(String requestId, int status, long atNanos, String body) {

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        /** Neither accepted nor refused for a reason of the request: retry it with the same key. */
        boolean unanswered() {
            return status == -1 || status >= 500;
        }
    }

    /** A creating command: POST {@code path} on {@code service} as the holder of {@code token}. */
    static final class Command {
        final String service;
        final String path;
        final String body;
        final String token;
        final int minutes;
        final String idempotencyKey = UUID.randomUUID().toString();
        final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());

        Command(String service, String path, String body, String token, int minutes) {
            this.service = service;
            this.path = path;
            this.body = body;
            this.token = token;
            this.minutes = minutes;
        }

        boolean acknowledged() {
            return attempts.stream().anyMatch(Attempt::acknowledged);
        }

        /** Whether it was sent at all: a load cut short leaves the rest unsent. */
        boolean sent() {
            return !attempts.isEmpty();
        }

        Attempt last() {
            return attempts.get(attempts.size() - 1);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Function<String, String> serviceUrl;
    private final AtomicInteger sent = new AtomicInteger();

    LoadDriver(Function<String, String> serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    /** How many attempts have been answered (or given up) so far, over every run. */
    int sent() {
        return sent.get();
    }

    /** Sends each command once, {@code users} at a time, command i not before {@code i / perSecond} s. */
    void run(List<Command> commands, int users, double perSecond) throws InterruptedException {
        run(commands, users, perSecond, () -> false);
    }

    /**
     * As {@link #run(List, int, double)}, but sends no further command once {@code enough} says so: the commands
     * not sent then have no attempt ({@link Command#sent()}).
     */
    void run(List<Command> commands, int users, double perSecond, BooleanSupplier enough)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int user = 0; user < users; user++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < commands.size() && !enough.getAsBoolean();
                     i = next.getAndIncrement()) {
                    long due = start + (long) (i * 1e9 / perSecond);
                    LockSupport.parkNanos(due - System.nanoTime());   // pacing, not waiting for a condition
                    send(commands.get(i));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            throw new IllegalStateException("the load did not finish within 10 minutes");
        }
    }

    /** One attempt with a new request id and the command's Idempotency-Key. */
    Attempt send(Command command) {
        String requestId = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl.apply(command.service) + command.path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + command.token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", command.idempotencyKey)
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(command.body))
                .build();
        Attempt attempt;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            attempt = new Attempt(requestId, response.statusCode(), System.nanoTime(), response.body());
        } catch (IOException e) {
            attempt = new Attempt(requestId, -1, System.nanoTime(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempt = new Attempt(requestId, -1, System.nanoTime(), e.toString());
        }
        command.attempts.add(attempt);
        sent.incrementAndGet();
        return attempt;
    }
}
