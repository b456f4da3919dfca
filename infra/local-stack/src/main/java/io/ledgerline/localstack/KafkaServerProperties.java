package io.ledgerline.localstack;

import java.nio.file.Path;

/** Renders the single-node KRaft configuration: one process is broker and controller, on 127.0.0.1 only. */
final class KafkaServerProperties {

    private KafkaServerProperties() {
    }

    /** The controller listens on {@code port + 1}. */
    static String render(int port, Path logDirs) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                group.initial.rebalance.delay.ms=0
                num.partitions=3
                auto.create.topics.enable=true
                log.dirs=%3$s
                """.formatted(port, port + 1, logDirs.toAbsolutePath());
    }
}
