package io.ledgerline.platform.ops;

import java.util.List;

/**
 * One event processor as {@code GET /api/v1/ops/processors} shows it.
 *
 * @param name     the processing group
 * @param type     {@code tracking}, {@code pooled-streaming} or {@code subscribing}
 * @param running  whether it runs on this instance
 * @param error    whether it is in an error state (retrying a failed batch)
 * @param replaying whether any segment replays after a reset
 * @param head     the global index of the newest stored event
 * @param position the lowest position over its segments (-1 before the first event); null for subscribing ones
 * @param lag      events stored after that position; 0 for subscribing processors, which handle events as stored
 * @param segments each segment's token, with the status this instance knows for the segments it owns
 */
public record ProcessorStatus(String name, String type, boolean running, boolean error, boolean replaying, long head,
                              Long position, long lag, List<SegmentStatus> segments) {
}
