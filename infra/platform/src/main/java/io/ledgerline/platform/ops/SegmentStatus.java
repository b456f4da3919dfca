package io.ledgerline.platform.ops;

/**
 * One segment of a streaming processor.
 *
 * @param segment   the segment id
 * @param owner     the instance that claimed it; null when unclaimed
 * @param position  the stored token's position (-1 before the first event)
 * @param lag       events stored after that position
 * @param caughtUp  whether it reached the head (null when not owned here)
 * @param replaying whether it replays after a reset (null when not owned here)
 * @param replayProgress during a replay, the share of the events up to the reset position handled so far (0 to 1)
 * @param error     the error it is retrying, if any
 */
public record SegmentStatus(int segment, String owner, long position, long lag, Boolean caughtUp, Boolean replaying,
                            Double replayProgress, String error) {
}
