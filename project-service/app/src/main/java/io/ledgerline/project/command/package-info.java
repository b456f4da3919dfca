/** The project-service aggregates: every rule about clients and projects is decided here. */
package io.ledgerline.project.command;
