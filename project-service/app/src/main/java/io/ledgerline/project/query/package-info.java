/**
 * Read models of project-service ({@code client_summary}, {@code project_summary}, {@code project_member},
 * {@code project_rate}), kept by projections in the command's unit of work (subscribing processors whose failures
 * propagate), so a client reads its own writes at once and the unique indexes on client names and project codes
 * refuse a duplicate together with the event that would have made it. Also the service's business metrics.
 */
package io.ledgerline.project.query;
