/** The task aggregate and the ports it asks about the outside world (which projects are open). */
package io.ledgerline.task.command;
