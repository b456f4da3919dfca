package io.ledgerline.platform.ops;

/**
 * What retrying a parked event's sequence came to.
 *
 * @param processed       whether every parked event of the sequence was handled (and left the queue)
 * @param remaining       events of the sequence still parked: the failed one and those behind it
 * @param processingGroup the group
 * @param sequenceIdentifier the sequence that was retried
 */
public record RetryOutcome(boolean processed, long remaining, String processingGroup, String sequenceIdentifier) {
}
