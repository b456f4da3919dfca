package io.ledgerline.task.command;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The tenant's tasks seen as a whole: which project each belongs to, how they block each other, which are open. */
public interface TaskGraph {

    /** The project of the tenant's task, if the tenant has such a task. */
    Optional<String> projectOf(String tenant, String taskId);

    /**
     * Whether {@code taskId} is blocked, directly or through other tasks, by {@code candidateBlockerId}; answers
     * consistently for one project until the asking transaction ends, so that concurrent additions cannot close a
     * cycle together.
     */
    boolean isBlockedBy(String tenant, String projectId, String taskId, String candidateBlockerId);

    /** Those of the tenant's tasks that are still open (neither DONE nor CANCELLED). */
    Set<String> openAmong(String tenant, Collection<String> taskIds);
}
