package io.ledgerline.webhook.delivery;

/** Why a delivery exists. */
public enum DeliveryCause {
    /** A received event the webhook selects. */
    EVENT,
    /** An admin asked to post a past delivery again. */
    REDELIVERY,
    /** An admin replayed the webhook from an instant. */
    REPLAY
}
