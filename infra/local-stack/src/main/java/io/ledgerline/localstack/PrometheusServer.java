package io.ledgerline.localstack;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prometheus beside the stack ({@code ./ledgerline up --with-prometheus}): the {@code prometheus} binary found on the
 * PATH (Debian's package), scraping with {@code infra/prometheus/prometheus.yml} and its alert rules, data under
 * {@code <data>/prometheus}.
 */
final class PrometheusServer {

    static final String NAME = "prometheus";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PrometheusServer() {
    }

    static ChildProcess prepare(StackSettings settings) {
        Path binary = binary().orElseThrow(() -> new IllegalStateException("prometheus is not on the PATH: install "
                + "it (Debian/Ubuntu: apt-get install prometheus) or start without --with-prometheus"));
        Path config = settings.home().resolve("infra/prometheus/prometheus.yml");
        List<String> command = List.of(binary.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + settings.data().root().resolve("prometheus"),
                "--web.listen-address=127.0.0.1:" + settings.prometheusPort(),
                "--web.enable-lifecycle");
        URI ready = URI.create(url(settings) + "/-/ready");
        return new ChildProcess(NAME, command, Map.of(), settings.data().log(NAME), () -> answers200(ready));
    }

    static String url(StackSettings settings) {
        return "http://127.0.0.1:" + settings.prometheusPort();
    }

    /** The prometheus binary on the PATH, if there is one. */
    static Optional<Path> binary() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, NAME))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static boolean answers200(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
