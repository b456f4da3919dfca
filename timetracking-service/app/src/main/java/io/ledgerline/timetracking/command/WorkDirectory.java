package io.ledgerline.timetracking.command;

import io.ledgerline.timetracking.api.RoundingRule;
import java.util.Optional;

/** What timetracking-service has learnt of projects, members and tasks from their services' events. */
public interface WorkDirectory {

    /** The project of the tenant's task, if the task is known. */
    Optional<String> projectOfTask(String tenant, String taskId);

    /** Whether the tenant's task is known and open (neither DONE nor CANCELLED). */
    boolean isOpenTask(String tenant, String taskId);

    /** Whether the tenant has a project with this id. */
    boolean isKnownProject(String tenant, String projectId);

    /** Whether the tenant's project is known and ACTIVE. */
    boolean isActiveProject(String tenant, String projectId);

    /** Whether the user is a current member (of any role) of the tenant's project. */
    boolean isMember(String tenant, String projectId, String userId);

    /** Whether the user is a current MANAGER of the tenant's project. */
    boolean isManager(String tenant, String projectId, String userId);

    /** Whether time on the project is billable unless said otherwise (from its billing mode). */
    boolean billableByDefault(String tenant, String projectId);

    /** The project's rounding rule for new entries, if it has one. */
    Optional<RoundingRule> roundingRule(String tenant, String projectId);
}
