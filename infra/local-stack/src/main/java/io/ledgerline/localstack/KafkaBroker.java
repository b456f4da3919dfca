package io.ledgerline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** A real broker in KRaft mode, run from the classpath that {@code infra/kafka-broker} copies to its target/lib. */
final class KafkaBroker {

    static final String NAME = "kafka";

    private KafkaBroker() {
    }

    /** Writes server.properties, formats the storage on first use and returns the (not yet started) process. */
    static ChildProcess prepare(StackSettings settings) {
        Path brokerHome = settings.home().resolve("infra/kafka-broker/target");
        if (!Files.isDirectory(brokerHome.resolve("lib"))) {
            throw new IllegalStateException(brokerHome.resolve("lib") + " is missing: run "
                    + "`./mvnw -B -q -pl infra/kafka-broker package` (./ledgerline up does this for you)");
        }
        Path kafka = settings.data().kafka();
        Path properties = kafka.resolve("server.properties");
        Path log = settings.data().log(NAME);
        try {
            Files.writeString(properties, KafkaServerProperties.render(settings.kafkaPort(), kafka.resolve("data")));
            if (!Files.exists(kafka.resolve("data/meta.properties"))) {
                format(command(brokerHome, "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                        "-c", properties.toString()), log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Kafka under " + kafka, e);
        }
        String bootstrap = "127.0.0.1:" + settings.kafkaPort();
        return new ChildProcess(NAME, command(brokerHome, "kafka.Kafka", properties.toString()), Map.of(), log,
                () -> answers(bootstrap));
    }

    /** True when a broker at these bootstrap servers describes its cluster. */
    static boolean answers(String bootstrapServers) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static void format(List<String> command, Path log) throws IOException {
        Process format = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting the Kafka storage failed, see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            format.destroyForcibly();
            throw new IllegalStateException("Interrupted while formatting the Kafka storage", e);
        }
    }

    private static List<String> command(Path brokerHome, String mainClass, String... args) {
        String classpath = brokerHome.resolve("lib") + "/*";
        List<String> command = new ArrayList<>(List.of(Jvm.java(), "-Xmx512m", "-cp", classpath));
        Path log4j = brokerHome.resolve("config/log4j.properties");
        if (Files.exists(log4j)) {
            command.add("-Dlog4j.configuration=" + log4j.toUri());
        }
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
