/**
 * task-service's side of Kafka: publication of its integration events on {@code ledgerline.task.v1}, and the
 * subscription to {@code ledgerline.project.v1} that keeps its directory of known projects.
 */
package io.ledgerline.task.integration;
