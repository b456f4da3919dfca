/** Internal commands and events of task-service; never published as they are (see {@code integration}). */
package io.ledgerline.task.command.api;
