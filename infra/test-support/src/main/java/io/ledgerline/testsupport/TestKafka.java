package io.ledgerline.testsupport;

/**
 * The one Kafka broker of this test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>Picked in this order: the cluster named by {@code LEDGERLINE_KAFKA_BOOTSTRAP_SERVERS}; a
 * Testcontainers {@code apache/kafka:3.9.1} when a Docker engine is present; else an embedded KRaft
 * broker (one node, three partitions per topic, topics created on first use).
 */
public final class TestKafka {

    private static TestKafka instance;

    private final String bootstrapServers;

    TestKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Returns the broker of this JVM, starting it on the first call. */
    public static synchronized TestKafka instance() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestKafka start() {
        TestDirectories.tmp();
        return Env.get(Env.KAFKA_BOOTSTRAP_SERVERS)
                .map(TestKafka::new)
                .orElseGet(() -> Docker.isAvailable() ? ContainerKafka.start() : EmbeddedKafkaServer.start());
    }

    /** The {@code bootstrap.servers} value for clients. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public String toString() {
        return "TestKafka[" + bootstrapServers + "]";
    }
}
