/**
 * The local stack: starts PostgreSQL (embedded, in this JVM), a single-node KRaft Kafka broker and every
 * Ledgerline service as its own process, with all data under one directory, and stops them again in reverse
 * order. {@link io.ledgerline.localstack.LocalStack} is both the CLI behind {@code ./ledgerline up} and a small
 * API that tests drive; everything else here is package-private.
 */
package io.ledgerline.localstack;
