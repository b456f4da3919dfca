/** Wiring of timetracking-service onto the shared platform. */
package io.ledgerline.timetracking.config;
