package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.PrometheusTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * infra/prometheus and infra/grafana checked with Prometheus' own tool: both scrape configurations, the alert rules
 * and their unit tests, and every dashboard query (parsed as a recording rule). Without promtool those checks are
 * skipped, reported as skipped, and fail in CI ({@code CI=true}); the checks of the files alone always run.
 */
class PrometheusConfigTest {

    private static final Path HOME = RepositoryRoot.find(Path.of(""));
    private static final Path PROMETHEUS = HOME.resolve("infra/prometheus");
    private static final Path DASHBOARDS = HOME.resolve("infra/grafana/dashboards");
    @Test
    void bothScrapeConfigurationsAreValid() throws Exception {
        promtool("check", "config", "prometheus.yml");
        promtool("check", "config", "prometheus.compose.yml");
    }

    @Test
    void theAlertRulesAreValidAndPassTheirUnitTests() throws Exception {
        promtool("check", "rules", "alert.rules.yml");
        promtool("test", "rules", "alert.rules.test.yml");
    }

    @Test
    void everyAlertHasAUnitTest() throws IOException {
        Set<String> alerts = matches(PROMETHEUS.resolve("alert.rules.yml"), "- alert: (\\S+)");
        Set<String> tested = matches(PROMETHEUS.resolve("alert.rules.test.yml"), "alertname: (\\S+)");

        assertThat(alerts).contains("ServiceDown", "HighErrorRatio", "HighLatencyP99", "KafkaConsumerLag",
                "OutboxLag", "DeadLettersPresent");
        assertThat(tested).containsAll(alerts);
    }

    @Test
    void theLocalAndComposeConfigurationsScrapeTheSameJobs() throws IOException {
        Set<String> local = matches(PROMETHEUS.resolve("prometheus.yml"), "job_name: (\\S+)");

        assertThat(local).contains("gateway", "project-service", "task-service", "timetracking-service",
                "billing-service");
        assertThat(matches(PROMETHEUS.resolve("prometheus.compose.yml"), "job_name: (\\S+)")).isEqualTo(local);
    }

    @Test
    void bothConfigurationsScrapeEveryServiceOnItsManagementPortNeverItsPublicOne() throws IOException {
        String local = Files.readString(PROMETHEUS.resolve("prometheus.yml"));
        String compose = Files.readString(PROMETHEUS.resolve("prometheus.compose.yml"));
        for (Service service : Service.values()) {
            if (service == Service.IDENTITY) {
                continue;
            }
            assertThat(local).as(service.serviceName()).contains("'127.0.0.1:" + service.managementPort(1) + "'")
                    .doesNotContain("'127.0.0.1:" + service.port() + "'");
            assertThat(compose).as(service.serviceName())
                    .contains("'" + service.serviceName() + ":" + service.managementPort(1) + "'")
                    .doesNotContain("'" + service.serviceName() + ":" + service.port() + "'");
        }
    }

    @Test
    void everyDashboardQueryParsesAndUsesTheProvisionedDataSource(@TempDir Path temp) throws Exception {
        List<String> rules = new ArrayList<>(List.of("groups:", "  - name: dashboards", "    rules:"));
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = json.readTree(file.toFile());
                assertThat(dashboard.path("uid").asText()).as(file.toString()).startsWith("ledgerline-");
                assertThat(dashboard.path("panels")).as(file.toString()).isNotEmpty();
                for (JsonNode panel : dashboard.path("panels")) {
                    assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText())
                            .isEqualTo("prometheus");
                    assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
                    for (JsonNode target : panel.path("targets")) {
                        rules.add("      - record: dashboard:query" + rules.size());
                        rules.add("        expr: " + json.writeValueAsString(target.path("expr").asText()));
                    }
                }
            }
        }
        Path queries = temp.resolve("dashboard-queries.yml");
        Files.write(queries, rules, StandardCharsets.UTF_8);

        promtool("check", "rules", queries.toString());
    }

    private static Set<String> matches(Path file, String regex) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(file));
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Runs promtool; without it the calling test is skipped, or fails in CI ({@link PrometheusTools#require}). */
    private static void promtool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PrometheusTools.require("promtool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(PROMETHEUS.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("promtool %s:%n%s", String.join(" ", args), output).isZero();
    }
}
