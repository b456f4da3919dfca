package io.ledgerline.testsupport;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka in a Testcontainers container, for machines with a Docker engine. */
final class ContainerKafka {

    private ContainerKafka() {
    }

    static TestKafka start() {
        KafkaContainer container = new KafkaContainer("apache/kafka:3.9.1");
        container.start();
        ShutdownHooks.register("kafka-container", container::stop);
        return new TestKafka(container.getBootstrapServers());
    }
}
