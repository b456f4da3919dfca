package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own linter, {@code promtool check metrics}, run over a scraped exposition. Without promtool the test is
 * skipped, or fails in CI ({@link PrometheusTools#require}).
 */
public final class Promtool {

    private Promtool() {
    }

    /** Fails when promtool finds the exposition breaks Prometheus conventions. */
    public static void assertMetricsPass(String exposition) throws IOException, InterruptedException {
        Path promtool = PrometheusTools.require("promtool");
        Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
        check.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as("promtool check metrics:%n%s", output).isZero();
    }
}
