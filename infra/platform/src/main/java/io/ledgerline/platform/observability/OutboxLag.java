package io.ledgerline.platform.observability;

import io.ledgerline.platform.ops.ProcessorTokens;
import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far publication trails the event store: events stored but not yet published (head global index minus the
 * publisher's token position) and the age of the oldest of them. Read at most once a second, whoever scrapes.
 */
class OutboxLag implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxLag.class);
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final ProcessorTokens tokens;
    private final Clock clock;
    private volatile Reading last = new Reading(Instant.EPOCH, Double.NaN, Double.NaN);

    OutboxLag(ProcessorTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    private record Reading(Instant at, double events, double seconds) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ledgerline.outbox.lag.events", this, lag -> lag.read().events())
                .description("Events stored but not yet published to Kafka")
                .register(registry);
        Gauge.builder("ledgerline.outbox.lag.seconds", this, lag -> lag.read().seconds())
                .description("Age of the oldest event stored but not yet published; 0 when none waits")
                .register(registry);
    }

    private Reading read() {
        Instant now = clock.instant();
        Reading reading = last;
        if (reading.at().plus(FRESH).isAfter(now)) {
            return reading;
        }
        try {
            long position = tokens.lowestPosition(IntegrationEventPublisher.PROCESSING_GROUP);
            long waiting = Math.max(0, tokens.head() - position);
            double age = waiting == 0 ? 0 : tokens.storedAfter(position)
                    .map(stored -> Math.max(0, Duration.between(stored, now).toMillis() / 1000.0)).orElse(0.0);
            reading = new Reading(now, waiting, age);
        } catch (RuntimeException e) {
            LOG.debug("cannot read the outbox lag", e);
            reading = new Reading(now, Double.NaN, Double.NaN);
        }
        last = reading;
        return reading;
    }
}
