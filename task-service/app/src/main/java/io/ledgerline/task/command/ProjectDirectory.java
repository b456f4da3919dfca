package io.ledgerline.task.command;

/** What task-service has learnt about projects and their members from project-service's events. */
public interface ProjectDirectory {

    /** Whether the tenant has a project with this id that takes new tasks: known and ACTIVE. */
    boolean takesNewWork(String tenant, String projectId);

    /** Whether the tenant's project is COMPLETED or ARCHIVED, so that its tasks take no new work. */
    boolean isClosed(String tenant, String projectId);

    /** Whether the user is a current member of the tenant's project. */
    boolean isMember(String tenant, String projectId, String userId);
}
