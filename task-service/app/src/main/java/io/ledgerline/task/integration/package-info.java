/**
 * task-service's side of Kafka: publication of every internal event as an integration event on
 * {@code ledgerline.task.v1}, and the subscription to {@code ledgerline.project.v1} that keeps the directory of
 * projects and members and ends the assignments of members who leave a project.
 */
package io.ledgerline.task.integration;
