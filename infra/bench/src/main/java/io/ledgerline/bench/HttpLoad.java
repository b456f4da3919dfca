package io.ledgerline.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.Recorder;

/**
 * Drives HTTP requests with {@code java.net.http} and records latencies in HdrHistogram. Two models: closed (a fixed
 * number of users, each sending its next request when the last one answered: throughput at a concurrency) and open
 * (requests started at a fixed rate whatever the answers do; latency counted from when a request was due, so a stall
 * is not hidden by coordinated omission).
 */
final class HttpLoad {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, AtomicLong> failures = new ConcurrentHashMap<>();

    /** Failed answers so far by status (0 = no answer), for the report. */
    Map<Integer, AtomicLong> failures() {
        return failures;
    }

    /** {@code users} concurrent users for {@code duration}; {@code request} builds the n-th request. */
    LatencyStats closed(int users, Duration duration, LongFunction<HttpRequest> request) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(users);
        long start = System.nanoTime();
        for (int user = 0; user < users; user++) {
            next(request, sequence, recorder, errors, end, done);
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        return LatencyStats.of(recorder.getIntervalHistogram(), errors.get(), seconds);
    }

    private void next(LongFunction<HttpRequest> request, AtomicLong sequence, Recorder recorder, AtomicLong errors,
                      long end, CountDownLatch done) {
        if (System.nanoTime() >= end) {
            done.countDown();
            return;
        }
        long sent = System.nanoTime();
        http.sendAsync(request.apply(sequence.getAndIncrement()), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    record(recorder, errors, sent, response, failure);
                    next(request, sequence, recorder, errors, end, done);
                });
    }

    /** {@code rate} requests per second for {@code duration}, then waits for the last answers. */
    LatencyStats open(int rate, Duration duration, LongFunction<HttpRequest> request) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long total = Math.max(1, rate * duration.toMillis() / 1000);
        CountDownLatch answered = new CountDownLatch((int) total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;
        AtomicLong sequence = new AtomicLong();
        // one tick per millisecond sends every request that has come due, each timed from when it was due
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            while (sequence.get() < total && start + sequence.get() * periodNanos <= now) {
                long n = sequence.getAndIncrement();
                long due = start + n * periodNanos;
                http.sendAsync(request.apply(n), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> {
                            record(recorder, errors, due, response, failure);
                            answered.countDown();
                        });
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        answered.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        ticker.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        return LatencyStats.of(recorder.getIntervalHistogram(), errors.get() + answered.getCount(), seconds);
    }

    private void record(Recorder recorder, AtomicLong errors, long since, HttpResponse<?> response,
                        Throwable failure) {
        if (failure == null && response.statusCode() < 300) {
            recorder.recordValue(Math.min((System.nanoTime() - since) / 1000, 60_000_000L));
        } else {
            errors.incrementAndGet();
            failures.computeIfAbsent(failure == null ? response.statusCode() : 0, status -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    HttpClient client() {
        return http;
    }
}
