package io.ledgerline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Prometheus' own linter, {@code promtool check metrics}, run over a scraped exposition. Without promtool, or with
 * {@code LEDGERLINE_SKIP_PROMTOOL=true}, the test is skipped; in CI ({@code CI=true}) a missing promtool fails it.
 * (test-support's {@code PrometheusTools} decides the same for the services; the gateway does not depend on it.)
 */
final class Promtool {

    private Promtool() {
    }

    static void assertMetricsPass(String exposition) throws IOException, InterruptedException {
        Path promtool = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "promtool"))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
        boolean ci = Boolean.parseBoolean(System.getenv("CI"));
        if (promtool == null || !ci && Boolean.parseBoolean(System.getenv("LEDGERLINE_SKIP_PROMTOOL"))) {
            assertThat(ci && promtool == null).as("promtool is not on the PATH, and CI must run this check").isFalse();
            Assumptions.abort("promtool is not on the PATH or LEDGERLINE_SKIP_PROMTOOL=true");
        }
        Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
        check.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as("promtool check metrics:%n%s", output).isZero();
    }
}
