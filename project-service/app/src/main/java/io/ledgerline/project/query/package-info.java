/**
 * Read models of project-service, kept by projections from the event store. They run in the command's unit of work
 * (subscribing processor), so a client reads its own writes at once.
 */
package io.ledgerline.project.query;
