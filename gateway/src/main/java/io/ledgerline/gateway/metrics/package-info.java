/**
 * The gateway's metrics on {@code /actuator/prometheus}, named by Prometheus conventions so that
 * {@code promtool check metrics} passes (as the platform's {@code observability} does for the services).
 */
package io.ledgerline.gateway.metrics;
