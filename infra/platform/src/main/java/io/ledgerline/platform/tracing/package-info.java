/**
 * W3C trace context through Axon: stored events carry the {@code traceparent} of the request (or consumed record)
 * that caused them, and event processors handle them in a span continuing that trace, so one trace shows a request,
 * its events, the records the outbox publishes and what consumers do with them.
 */
package io.ledgerline.platform.tracing;
