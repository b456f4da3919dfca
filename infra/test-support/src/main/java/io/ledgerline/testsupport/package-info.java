/**
 * Real infrastructure for tests: one PostgreSQL and one Kafka broker per test JVM, taken from an
 * external server named by an environment variable, from Testcontainers when a Docker engine is
 * there, or else started embedded; plus the Spring initializer and meta-annotation that wire them
 * into integration tests, small assertion helpers for JSON Schemas and Kafka topics, records as another service
 * publishes them, and the ArchUnit rules every service's package layout keeps.
 */
package io.ledgerline.testsupport;
