/**
 * Real infrastructure for tests: one PostgreSQL and one Kafka broker per test JVM, taken from an
 * external server named by an environment variable, from Testcontainers when a Docker engine is
 * there, or else started embedded; plus the Spring initializer and meta-annotation that wire them
 * into integration tests, and small assertion helpers for JSON Schemas and Kafka topics.
 */
package io.ledgerline.testsupport;
