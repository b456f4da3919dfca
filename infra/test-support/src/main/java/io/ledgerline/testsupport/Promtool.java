package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own linter, {@code promtool check metrics}, run over a scraped exposition. A missing promtool fails the
 * test (CI installs Debian's prometheus package) unless {@code LEDGERLINE_SKIP_PROMTOOL=true} says to skip it.
 */
public final class Promtool {

    private Promtool() {
    }

    /** Fails when promtool finds the exposition breaks Prometheus conventions. */
    public static void assertMetricsPass(String exposition) throws IOException, InterruptedException {
        Path promtool = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "promtool"))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (promtool == null) {
            assumeThat(System.getenv("LEDGERLINE_SKIP_PROMTOOL")).as("promtool is not on the PATH; install "
                    + "Debian's prometheus package or set LEDGERLINE_SKIP_PROMTOOL=true").isEqualTo("true");
            return;
        }
        Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
        check.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as("promtool check metrics:%n%s", output).isZero();
    }
}
