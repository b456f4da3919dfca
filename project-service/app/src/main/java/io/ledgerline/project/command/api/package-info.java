/** Internal commands and events of project-service; never published as they are (see {@code integration}). */
package io.ledgerline.project.command.api;
