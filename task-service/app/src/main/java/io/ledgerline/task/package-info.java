/**
 * task-service: tasks event-sourced with Axon in the {@code task} schema and published on {@code ledgerline.task.v1}.
 * It knows which projects exist only from {@code ledgerline.project.v1}, never by calling project-service.
 */
package io.ledgerline.task;
