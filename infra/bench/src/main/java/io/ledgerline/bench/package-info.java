/**
 * The benchmark suite behind {@code ./mvnw -B -Pbench -pl infra/bench -am verify -DskipTests}: starts the local stack
 * as {@code ./ledgerline up} does, drives it over HTTP and Kafka, compares with baselines measured in the same run and
 * writes {@code docs/benchmarks.md}. {@link io.ledgerline.bench.Bench} is the entry point; the rest are its parts.
 */
package io.ledgerline.bench;
