package io.ledgerline.billing.integration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code ledgerline.propagation}: from the moment timetracking-service recorded logged time (the CloudEvents
 * {@code time} of the event) to the commit of its priced entry in billing's ledger, across the outbox, Kafka and
 * the inbox. A histogram, so Prometheus can give the p99 across instances; the benchmark reads it too.
 */
@Component
class LedgerPropagation {

    private final Timer timer;
    private final Clock clock = Clock.systemUTC();

    LedgerPropagation(MeterRegistry meters) {
        this.timer = Timer.builder("ledgerline.propagation")
                .description("Time from logged time recorded in timetracking-service to its priced entry committed")
                .tag("event", "TimeLogged")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(meters);
    }

    /** Records the propagation once the current transaction commits (at once when there is none). */
    void recorded(Instant eventTime) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record(eventTime);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                record(eventTime);
            }
        });
    }

    private void record(Instant eventTime) {
        Duration elapsed = Duration.between(eventTime, clock.instant());
        timer.record(elapsed.isNegative() ? Duration.ZERO : elapsed);
    }
}
