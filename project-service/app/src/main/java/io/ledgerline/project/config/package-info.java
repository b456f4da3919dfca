/** Wiring of project-service onto the shared platform. */
package io.ledgerline.project.config;
