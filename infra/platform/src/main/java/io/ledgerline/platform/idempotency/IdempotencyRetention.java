package io.ledgerline.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps {@code idempotency_record} from growing for ever: every {@code purgeInterval} it forgets the keys claimed
 * longer than {@code retention} ago. Several instances purging at once is harmless.
 */
public class IdempotencyRetention implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyRetention.class);

    private final IdempotencyRecords records;
    private final Duration retention;
    private final Duration purgeInterval;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    IdempotencyRetention(IdempotencyRecords records, Duration retention, Duration purgeInterval, Clock clock) {
        if (retention.isNegative() || retention.isZero() || purgeInterval.isNegative() || purgeInterval.isZero()) {
            throw new IllegalArgumentException("ledgerline.idempotency.retention and purge-interval must be positive");
        }
        this.records = records;
        this.retention = retention;
        this.purgeInterval = purgeInterval;
        this.clock = clock;
    }

    /** Forgets the expired keys now; answers how many. */
    public int purge() {
        return records.purgeClaimedBefore(clock.instant().minus(retention));
    }

    private void purgeQuietly() {
        try {
            int purged = purge();
            if (purged > 0) {
                LOG.info("Forgot {} Idempotency-Keys older than {}", purged, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge expired Idempotency-Keys; retrying in {}", purgeInterval, e);
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-retention");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, purgeInterval.toMillis(), purgeInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
