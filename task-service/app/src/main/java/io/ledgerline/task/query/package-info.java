/**
 * Read models of task-service: its own tasks (kept from its event store in the command's unit of work) and the
 * projects it has learnt of from {@code ledgerline.project.v1} (kept by the inbox, once per event).
 */
package io.ledgerline.task.query;
