/**
 * The REST API of task-service under {@code /api/v1/tasks}: tasks, and their status, assignees, estimate, due date,
 * dependencies and comments as sub-resources, with ETag / If-Match, history and as-of reads. Requests are validated
 * here (400) and sent as commands; the rules answer 404, 409 or 422 from the aggregate.
 */
package io.ledgerline.task.web;
