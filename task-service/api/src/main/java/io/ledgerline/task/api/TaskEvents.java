package io.ledgerline.task.api;

import io.ledgerline.contract.EventCatalog;
import java.util.List;

/** The topic of task-service and the events published on it. */
public final class TaskEvents {

    /** Everything task-service publishes. */
    public static final EventCatalog CATALOG = new EventCatalog("ledgerline.task.v1", "/ledgerline/task-service",
            List.of(TaskCreated.class, TaskAssigned.class, TaskUnassigned.class, TaskStatusChanged.class,
                    TaskEstimated.class, TaskDueDateChanged.class, TaskDependencyAdded.class,
                    TaskDependencyRemoved.class, TaskCommented.class));

    private TaskEvents() {
    }
}
