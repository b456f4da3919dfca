/**
 * The operations API every service serves under {@code /api/v1/ops} (the platform operator only): each event
 * processor with its segments, token positions and lag behind the event store ({@code GET processors}), a replay
 * that rebuilds a tracking processor's read model while the service keeps serving
 * ({@code POST processors/{name}/replay}), and the dead letters of its subscriptions on the {@code .dlt} topics, which
 * can be retried (republished to the original topic) or evicted, beside the events parked in its processing groups'
 * dead-letter queues, which can be retried (handled again, their whole sequence in order) or evicted
 * ({@code /dead-letters}).
 */
package io.ledgerline.platform.ops;
