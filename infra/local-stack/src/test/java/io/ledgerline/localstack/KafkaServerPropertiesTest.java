package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaServerPropertiesTest {

    @Test
    void rendersASingleNodeKraftBrokerWithTheControllerOnTheNextPort() throws IOException {
        Properties properties = parse(KafkaServerProperties.render(19092, Path.of("/data/kafka/data")));

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", "/data/kafka/data");
    }

    @Test
    void createsTopicsWithThreePartitionsOnFirstUse() throws IOException {
        Properties properties = parse(KafkaServerProperties.render(9092, Path.of("/k")));

        assertThat(properties)
                .containsEntry("num.partitions", "3")
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("offsets.topic.replication.factor", "1");
    }

    private static Properties parse(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
