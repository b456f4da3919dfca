package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path CWD = Path.of("/work/repo");

    @Test
    void defaultsToEmbeddedInfrastructureOnTheDocumentedPorts() {
        StackSettings settings = resolve(Map.of("LEDGERLINE_HOME", "/work/repo"));

        assertThat(settings.data().root()).isEqualTo(Path.of("/work/repo/.ledgerline"));
        assertThat(settings.embeddedPostgres()).isTrue();
        assertThat(settings.embeddedKafka()).isTrue();
        assertThat(settings.postgresPort()).isEqualTo(15432);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.javaOptions()).containsExactly("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(settings.readinessTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void usesExternalServersWhenConfigured() {
        StackSettings settings = resolve(Map.of("LEDGERLINE_HOME", "/work/repo",
                "LEDGERLINE_POSTGRES_URL", "jdbc:postgresql://db:5432/ll", "LEDGERLINE_POSTGRES_USER", "ll",
                "LEDGERLINE_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", "LEDGERLINE_DATA_DIR", "/var/ll",
                "LEDGERLINE_JAVA_OPTS", " -Xmx1g  -Dx=y "));

        assertThat(settings.embeddedPostgres()).isFalse();
        assertThat(settings.postgresUser()).isEqualTo("ll");
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("kafka:9092");
        assertThat(settings.data().root()).isEqualTo(Path.of("/var/ll"));
        assertThat(settings.javaOptions()).containsExactly("-Xmx1g", "-Dx=y");
        assertThat(settings.portsToClaim()).containsOnlyKeys(8081, 8181, 8080, 8180);
    }

    @Test
    void runsSecondInstancesOfDomainServicesTenPortsHigher() {
        StackSettings settings = resolve(Map.of("LEDGERLINE_HOME", "/r", "LEDGERLINE_INSTANCES", "2"));

        assertThat(settings.instancesOf(Service.PROJECT)).isEqualTo(2);
        assertThat(settings.instancesOf(Service.GATEWAY)).as("one gateway").isOne();
        assertThat(settings.portsToClaim()).containsEntry(8091, "project-service-2").doesNotContainKey(8090)
                .containsEntry(8191, "project-service-2 (management)");
    }

    @Test
    void claimsPostgresKafkaControllerAndServicePorts() {
        StackSettings settings = resolve(Map.of("LEDGERLINE_HOME", "/r", "LEDGERLINE_KAFKA_PORT", "19092"));

        assertThat(settings.portsToClaim()).containsOnlyKeys(15432, 19092, 19093, 8081, 8181, 8080, 8180);
    }

    @Test
    void runsPrometheusOnlyWhenAskedAndClaimsItsPort() {
        StackSettings without = resolve(Map.of("LEDGERLINE_HOME", "/r"));
        StackSettings with = resolve(Map.of("LEDGERLINE_HOME", "/r", "LEDGERLINE_PROMETHEUS", "true",
                "LEDGERLINE_PROMETHEUS_PORT", "19090"));

        assertThat(without.prometheus()).isFalse();
        assertThat(without.portsToClaim()).doesNotContainKey(9090);
        assertThat(with.prometheus()).isTrue();
        assertThat(with.portsToClaim()).containsEntry(19090, "Prometheus (LEDGERLINE_PROMETHEUS_PORT)");
        assertThat(PrometheusServer.url(with)).isEqualTo("http://127.0.0.1:19090");
    }

    @Test
    void rejectsAPortThatIsNotANumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve(Map.of("LEDGERLINE_HOME", "/r", "LEDGERLINE_POSTGRES_PORT", "fast")))
                .withMessageContaining("LEDGERLINE_POSTGRES_PORT");
    }

    private static StackSettings resolve(Map<String, String> env) {
        return StackSettings.resolve(env, CWD, List.of(Service.PROJECT, Service.GATEWAY));
    }
}
