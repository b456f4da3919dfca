/** The REST API of task-service under {@code /api/v1/tasks}. */
package io.ledgerline.task.web;
