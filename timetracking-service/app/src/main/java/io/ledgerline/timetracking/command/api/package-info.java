/**
 * Internal commands and events of timetracking-service, and the value types they share ({@link
 * io.ledgerline.timetracking.command.api.IsoWeek}); never published as they are (see {@code integration}).
 */
package io.ledgerline.timetracking.command.api;
