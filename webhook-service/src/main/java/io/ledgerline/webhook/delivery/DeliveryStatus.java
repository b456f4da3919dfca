package io.ledgerline.webhook.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or its next retry. */
    PENDING,
    /** The target answered 2xx. */
    DELIVERED,
    /** Every attempt failed; it stays in the log and can be redelivered. */
    PARKED
}
