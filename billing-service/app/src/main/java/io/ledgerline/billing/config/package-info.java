/** Wiring of billing-service onto the shared platform. */
package io.ledgerline.billing.config;
