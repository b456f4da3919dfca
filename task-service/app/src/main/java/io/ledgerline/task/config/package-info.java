/** Wiring of task-service onto the shared platform. */
package io.ledgerline.task.config;
