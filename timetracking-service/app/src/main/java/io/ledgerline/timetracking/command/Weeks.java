package io.ledgerline.timetracking.command;

import io.ledgerline.timetracking.command.api.IsoWeek;
import java.util.List;
import java.util.Optional;

/**
 * The users' weeks and timers. Each call takes a lock on the user's week (or timer) that holds until the asking
 * transaction ends, so that submitting a week and logging into it, or two timer starts, cannot interleave.
 */
public interface Weeks {

    /** Where the user's week stands in its approval. */
    WeekStatus status(String tenant, String userId, IsoWeek week);

    /** The user's logged entries of the week. */
    List<WeekEntry> entries(String tenant, String userId, IsoWeek week);

    /** The user's running timer, if one runs. */
    Optional<RunningTimer> runningTimer(String tenant, String userId);
}
