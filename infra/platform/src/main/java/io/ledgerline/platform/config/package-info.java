/**
 * The platform's defaults, written once in {@code ledgerline-platform.yml}: the database and broker a service uses
 * unless told otherwise, Axon's serializers and processors, Kafka's idempotent producer, actuator exposure, and the actuator's own port ({@code ManagementPort}). Every
 * service's own {@code application.yml} and the environment override them.
 */
package io.ledgerline.platform.config;
