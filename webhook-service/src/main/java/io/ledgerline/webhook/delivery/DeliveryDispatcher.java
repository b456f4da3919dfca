package io.ledgerline.webhook.delivery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due deliveries on a schedule: claims a batch (at most one per webhook and aggregate, see {@link
 * Deliveries}), posts them concurrently, records each attempt and decides with the {@link RetryPolicy} whether the
 * delivery is done, retried later or parked. Instances share the queue; a claim is a lease that outlives the
 * slowest attempt, so a crashed instance's claims are taken over once they expire.
 */
public class DeliveryDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final RetryPolicy retries;
    private final int batchSize;
    private final Duration lease;

    public DeliveryDispatcher(Deliveries deliveries, WebhookSender sender, RetryPolicy retries, int batchSize,
                              Duration lease) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.retries = retries;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${ledgerline.webhooks.dispatcher.poll-interval}")
    void dispatchDue() {
        try {
            int sent;
            do {
                sent = dispatchBatch();
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            LOG.warn("webhook dispatch failed; trying again at the next poll", e);
        }
    }

    /** Sends one batch of due deliveries and answers how many there were. */
    int dispatchBatch() {
        List<DueDelivery> due = deliveries.claim(batchSize, lease);
        List<CompletableFuture<Void>> attempts = due.stream()
                .map(delivery -> sender.send(delivery).thenAccept(result -> record(delivery, result)))
                .toList();
        CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).join();
        return due.size();
    }

    private void record(DueDelivery delivery, AttemptResult result) {
        int attemptsMade = delivery.attemptsMade() + 1;
        DeliveryStatus status = retries.statusAfter(attemptsMade, result);
        Duration retryAfter = status == DeliveryStatus.PENDING ? retries.delayAfter(attemptsMade) : Duration.ZERO;
        deliveries.record(delivery, result, status, retryAfter);
        if (status == DeliveryStatus.PARKED) {
            LOG.warn("parked delivery {} of webhook {} after {} attempts: {}", delivery.deliveryId(),
                    delivery.subscriptionId(), attemptsMade, result.error());
        }
    }
}
