package io.ledgerline.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A single in-JVM KRaft broker from spring-kafka-test, for machines without Docker. */
final class EmbeddedKafkaServer {

    private static final int PARTITIONS = 3;

    private EmbeddedKafkaServer() {
    }

    static TestKafka start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("num.partitions", String.valueOf(PARTITIONS));
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        ShutdownHooks.register("kafka-embedded", broker::destroy);
        return new TestKafka(broker.getBrokersAsString());
    }
}
