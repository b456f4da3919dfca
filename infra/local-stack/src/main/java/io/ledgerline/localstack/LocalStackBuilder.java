package io.ledgerline.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Configures a {@link LocalStack}. Starts from the environment variables that {@code ./ledgerline help} lists;
 * each method here overrides one of them, so tests and the CLI resolve settings the same way.
 */
public final class LocalStackBuilder {

    private final Map<String, String> environment = new HashMap<>(System.getenv());
    private Path workingDirectory = Path.of("");
    private List<Service> services = StackSettings.allServices();

    LocalStackBuilder() {
    }

    /** The repository root with the built jars; found by walking up from the working directory if not set. */
    public LocalStackBuilder home(Path home) {
        return set("LEDGERLINE_HOME", home.toAbsolutePath().toString());
    }

    public LocalStackBuilder workingDirectory(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    public LocalStackBuilder dataDirectory(Path directory) {
        return set("LEDGERLINE_DATA_DIR", directory.toAbsolutePath().toString());
    }

    public LocalStackBuilder postgresPort(int port) {
        return set("LEDGERLINE_POSTGRES_PORT", Integer.toString(port));
    }

    /** Kafka's client port; its controller listens on the next one. */
    public LocalStackBuilder kafkaPort(int port) {
        return set("LEDGERLINE_KAFKA_PORT", Integer.toString(port));
    }

    public LocalStackBuilder javaOptions(String options) {
        return set("LEDGERLINE_JAVA_OPTS", options);
    }

    public LocalStackBuilder startupTimeout(Duration timeout) {
        return set("LEDGERLINE_STARTUP_TIMEOUT", Long.toString(timeout.toSeconds()));
    }

    /** Also runs Prometheus (Debian's {@code prometheus} on the PATH) with {@code infra/prometheus/prometheus.yml}. */
    public LocalStackBuilder withPrometheus() {
        return set("LEDGERLINE_PROMETHEUS", "true");
    }

    /**
     * Runs this many instances of each domain service (project, task, timetracking, billing), the n-th as
     * {@code <name>-n} ten ports above the (n-1)-th, sharing the work through Axon segments and Kafka consumer groups.
     */
    public LocalStackBuilder instances(int count) {
        return set("LEDGERLINE_INSTANCES", Integer.toString(count));
    }

    /** Any other setting by its variable name, e.g. {@code LEDGERLINE_POSTGRES_URL} to use an external server. */
    public LocalStackBuilder set(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /**
     * The services to run, by name ({@code project-service}, {@code task-service}, {@code timetracking-service},
     * {@code billing-service}, {@code gateway}); they always start in that order. None means infrastructure only.
     * Default: all.
     */
    public LocalStackBuilder services(String... names) {
        return services(Arrays.asList(names));
    }

    public LocalStackBuilder services(Collection<String> names) {
        EnumSet<Service> chosen = EnumSet.noneOf(Service.class);
        names.forEach(name -> chosen.add(Service.named(name)));
        this.services = List.copyOf(chosen);
        return this;
    }

    /** Starts the stack and waits until every part is ready; on failure stops what did start, then throws. */
    public LocalStack start() {
        return new LocalStack(StackSettings.resolve(environment, workingDirectory.toAbsolutePath(), services)).start();
    }
}
