/**
 * Internal commands and events of billing-service, and the value types they carry (lines, manual lines, status);
 * never published as they are: {@code integration} maps the events to the records of {@code billing-api}.
 */
package io.ledgerline.billing.command.api;
