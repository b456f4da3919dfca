/**
 * The task aggregate, its workflow, and the ports it asks about the world outside one task: which projects take
 * work and who their members are ({@link io.ledgerline.task.command.ProjectDirectory}), and how tasks block each
 * other ({@link io.ledgerline.task.command.TaskGraph}). The ports are implemented in {@code query}.
 */
package io.ledgerline.task.command;
