/** Wiring of webhook-service onto the shared platform: its settings, the HTTP client and the policies. */
package io.ledgerline.webhook.config;
