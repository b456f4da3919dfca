package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** infra/docker-compose.yml runs what the local stack runs: the same jars, ports and environment variables. */
class DockerComposeTest {

    private static final Path HOME = RepositoryRoot.find(Path.of(""));

    @ParameterizedTest
    @EnumSource(Service.class)
    void runsEveryServiceFromItsJarOnItsPortWithTheStacksVariables(Service service) throws IOException {
        String compose = Files.readString(HOME.resolve("infra/docker-compose.yml"));

        assertThat(compose).contains("\n  " + service.serviceName() + ":\n");
        assertThat(compose).contains("SERVER_PORT: " + service.port());
        if (service != Service.IDENTITY) {
            assertThat(compose).contains("MANAGEMENT_SERVER_PORT: " + service.managementPort(1));
        }
        assertThat(compose).contains(HOME.resolve("infra").relativize(service.jar(HOME)) + ":/app/app.jar:ro");
        ServiceProcesses.environment(service, "jdbc", "user", "password", "kafka").keySet()
                .forEach(variable -> assertThat(compose).as(variable).contains(variable + ":"));
    }

    @Test
    void mountsThePrometheusAndGrafanaFilesThatExist() throws IOException {
        String compose = Files.readString(HOME.resolve("infra/docker-compose.yml"));

        for (String file : new String[] {"prometheus/prometheus.compose.yml", "prometheus/alert.rules.yml",
            "grafana/provisioning", "grafana/dashboards"}) {
            assertThat(compose).contains("./" + file + ":");
            assertThat(HOME.resolve("infra").resolve(file)).exists();
        }
    }
}
