package io.ledgerline.task.command;

/** What task-service has learnt about projects from project-service's events. */
public interface ProjectDirectory {

    /** Whether the tenant has a project with this id that takes new work. */
    boolean takesNewWork(String tenant, String projectId);
}
