/**
 * Publication of project-service's integration events: internal events mapped one to one to the records of
 * {@code project-service/api}, sent to {@code ledgerline.project.v1} by the platform's publisher.
 */
package io.ledgerline.project.integration;
