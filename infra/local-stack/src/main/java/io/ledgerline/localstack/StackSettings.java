package io.ledgerline.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the stack needs to know, resolved once from environment variables (see {@code ./ledgerline help}).
 * A null {@code postgresUrl} or {@code kafkaBootstrapServers} means: start our own.
 */
record StackSettings(Path home, DataDirectory data, int postgresPort, String postgresUrl, String postgresUser,
                     String postgresPassword, int kafkaPort, String kafkaBootstrapServers, List<String> javaOptions,
                     Duration readinessTimeout, List<Service> services, boolean prometheus, int prometheusPort,
                     int instances) {

    static final String DEFAULT_JAVA_OPTIONS = "-Xmx320m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    static StackSettings resolve(Map<String, String> env, Path workingDirectory, List<Service> services) {
        Path home = value(env, "LEDGERLINE_HOME").map(Path::of).orElseGet(() -> RepositoryRoot.find(workingDirectory));
        Path data = workingDirectory.resolve(value(env, "LEDGERLINE_DATA_DIR").orElse(".ledgerline"));
        return new StackSettings(
                home.toAbsolutePath().normalize(),
                new DataDirectory(data.toAbsolutePath().normalize()),
                number(env, "LEDGERLINE_POSTGRES_PORT", 15432),
                value(env, "LEDGERLINE_POSTGRES_URL").orElse(null),
                value(env, "LEDGERLINE_POSTGRES_USER").orElse("postgres"),
                value(env, "LEDGERLINE_POSTGRES_PASSWORD").orElse("postgres"),
                number(env, "LEDGERLINE_KAFKA_PORT", 9092),
                value(env, "LEDGERLINE_KAFKA_BOOTSTRAP_SERVERS").orElse(null),
                List.of(value(env, "LEDGERLINE_JAVA_OPTS").orElse(DEFAULT_JAVA_OPTIONS).trim().split("\\s+")),
                Duration.ofSeconds(number(env, "LEDGERLINE_STARTUP_TIMEOUT", 120)),
                List.copyOf(services),
                value(env, "LEDGERLINE_PROMETHEUS").map(Boolean::parseBoolean).orElse(false),
                number(env, "LEDGERLINE_PROMETHEUS_PORT", 9090),
                Math.max(1, number(env, "LEDGERLINE_INSTANCES", 1)));
    }

    boolean embeddedPostgres() {
        return postgresUrl == null;
    }

    boolean embeddedKafka() {
        return kafkaBootstrapServers == null;
    }

    /** The ports this stack will listen on, each with who needs it, so a clash can be named before anything starts. */
    Map<Integer, String> portsToClaim() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (embeddedPostgres()) {
            ports.put(postgresPort, "PostgreSQL (LEDGERLINE_POSTGRES_PORT)");
        }
        if (embeddedKafka()) {
            ports.put(kafkaPort, "Kafka (LEDGERLINE_KAFKA_PORT)");
            ports.put(kafkaPort + 1, "the Kafka controller (LEDGERLINE_KAFKA_PORT + 1)");
        }
        services.forEach(service -> {
            for (int instance = 1; instance <= instancesOf(service); instance++) {
                ports.put(service.port(instance), service.instanceName(instance));
                ports.putIfAbsent(service.managementPort(instance), service.instanceName(instance) + " (management)");
            }
        });
        if (prometheus) {
            ports.put(prometheusPort, "Prometheus (LEDGERLINE_PROMETHEUS_PORT)");
        }
        return ports;
    }

    /** How many instances of the service run: {@code instances} for a domain service, else one. */
    int instancesOf(Service service) {
        return service.scalable() ? instances : 1;
    }

    static List<Service> allServices() {
        return Arrays.asList(Service.values());
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        return value(env, name).map(value -> {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, not '" + value + "'", e);
            }
        }).orElse(fallback);
    }
}
