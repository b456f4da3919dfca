package io.ledgerline.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * In-memory token buckets, one per principal, refilled continuously. Buckets that have filled up again hold no
 * information, so they are dropped whenever there are more than {@code maxBuckets}: a flood of client addresses
 * cannot grow the map without bound.
 */
final class TokenBuckets implements RateLimit {

    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final int capacity;
    private final int refillPerSecond;
    private final int maxBuckets;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int capacity, int refillPerSecond, int maxBuckets, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.maxBuckets = maxBuckets;
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Decision> take(String principal) {
        return Mono.fromSupplier(() -> takeNow(principal));
    }

    Decision takeNow(String principal) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > maxBuckets) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(principal, key -> new Bucket(now)).take(now);
    }

    /** Whether a token is there, without taking it: a principal without a bucket has a full one. */
    Decision peekNow(String principal) {
        Bucket bucket = buckets.get(principal);
        return bucket == null ? Decision.allow() : bucket.peek(nanoTime.getAsLong());
    }

    private final class Bucket {

        private double tokens = capacity;
        private long refilledAt;

        Bucket(long now) {
            this.refilledAt = now;
        }

        synchronized Decision take(long now) {
            Decision decision = peek(now);
            if (decision.allowed()) {
                tokens -= 1;
            }
            return decision;
        }

        synchronized Decision peek(long now) {
            refill(now);
            if (tokens >= 1) {
                return Decision.allow();
            }
            long waitNanos = (long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / refillPerSecond);
            return Decision.refuse(Duration.ofNanos(waitNanos));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (double) (now - refilledAt) * refillPerSecond / NANOS_PER_SECOND);
            refilledAt = now;
        }
    }
}
