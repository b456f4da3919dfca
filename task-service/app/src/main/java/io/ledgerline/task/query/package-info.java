/**
 * Read models of task-service: its own tasks, assignees, dependencies and comments (kept from its event store in
 * the command's unit of work, so a writer reads its own write), the projects and members it has learnt of from
 * {@code ledgerline.project.v1} (kept by the inbox, once per event), the ports of {@code command} they implement,
 * and the task metrics.
 */
package io.ledgerline.task.query;
