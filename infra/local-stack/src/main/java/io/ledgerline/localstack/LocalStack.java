package io.ledgerline.localstack;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running local stack: PostgreSQL, a KRaft Kafka broker and the configured services, the broker and each service
 * in its own process. Obtain one with {@code LocalStack.configure()...start()}; {@link #stop()} ends everything in
 * reverse order, and so does a shutdown hook. {@link #main} is {@code ./ledgerline up}.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final StackSettings settings;
    private final ProcessGroup processes = new ProcessGroup();
    private final Thread shutdownHook = new Thread(this::stop, "local-stack-shutdown");
    private volatile Postgres postgres;
    private volatile String kafkaBootstrapServers;

    LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    public static LocalStackBuilder configure() {
        return new LocalStackBuilder();
    }

    public static void main(String[] args) {
        Cli.run(args);
    }

    /** Starts everything, or stops what it already started and rethrows. */
    LocalStack start() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            launch();
            return this;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private void launch() {
        settings.data().create();
        Ports.requireFree(settings.portsToClaim());
        postgres = Postgres.start(settings);
        LOG.info("PostgreSQL ready at {}", postgres.jdbcUrl());
        if (settings.embeddedKafka()) {
            processes.start(KafkaBroker.prepare(settings)).awaitReady(settings.readinessTimeout());
            kafkaBootstrapServers = "127.0.0.1:" + settings.kafkaPort();
        } else {
            kafkaBootstrapServers = settings.kafkaBootstrapServers();
            await("Kafka at " + kafkaBootstrapServers).atMost(settings.readinessTimeout())
                    .until(() -> KafkaBroker.answers(kafkaBootstrapServers));
        }
        LOG.info("Kafka ready at {}", kafkaBootstrapServers);
        List<ChildProcess> services = new ArrayList<>();
        for (Service service : settings.services()) {
            for (int instance = 1; instance <= settings.instancesOf(service); instance++) {
                services.add(processes.start(
                        ServiceProcesses.create(service, instance, settings, postgres, kafkaBootstrapServers)));
            }
        }
        Instant deadline = Instant.now().plus(settings.readinessTimeout());
        for (ChildProcess service : services) {
            service.awaitReady(Duration.between(Instant.now(), deadline));
            LOG.info("{} ready", service.name());
        }
        if (settings.prometheus()) {
            processes.start(PrometheusServer.prepare(settings)).awaitReady(settings.readinessTimeout());
            LOG.info("Prometheus ready at {}", prometheusUrl());
        }
    }

    /** Prometheus' address, or null when the stack runs without it. */
    public String prometheusUrl() {
        return settings.prometheus() ? PrometheusServer.url(settings) : null;
    }

    public String gatewayUrl() {
        return serviceUrl(Service.GATEWAY.serviceName());
    }

    public String serviceUrl(String serviceName) {
        return Service.named(serviceName).url();
    }

    /** Where a service (or the gateway) serves its actuator: probes and Prometheus metrics, for operators only. */
    public String managementUrl(String serviceName) {
        return "http://127.0.0.1:" + Service.named(serviceName).managementPort(1);
    }

    /**
     * The address of one instance (from 1) of a domain service; with {@code instances(2)} each of project-, task-,
     * timetracking- and billing-service also runs as {@code <name>-2}, ten ports higher. The gateway routes to the
     * first instances only.
     */
    public String instanceUrl(String serviceName, int instance) {
        Service service = Service.named(serviceName);
        if (instance < 1 || instance > settings.instancesOf(service)) {
            throw new IllegalArgumentException(serviceName + " has no instance " + instance);
        }
        return "http://127.0.0.1:" + service.port(instance);
    }

    /** The names of the services this stack runs, in start order. */
    public List<String> serviceNames() {
        return settings.services().stream().map(Service::serviceName).toList();
    }

    public String postgresJdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public Path dataDirectory() {
        return settings.data().root();
    }

    /** The log of a service, of {@code kafka} or of {@code postgres}. */
    public Path logFile(String processName) {
        return settings.data().log(processName);
    }

    /** Kills a service, a second instance ({@code task-service-2}) or {@code kafka} with SIGKILL, as a crash would. */
    public void kill(String processName) {
        processes.get(processName).kill();
    }

    /** Stops a service (or {@code kafka}) gracefully if it still runs, starts it again and waits until it is ready. */
    public void restart(String processName) {
        ChildProcess process = processes.get(processName);
        process.stop(GRACE);
        processes.start(process).awaitReady(settings.readinessTimeout());
    }

    /**
     * Stops the embedded PostgreSQL (fast shutdown: open sessions are ended, as on a database outage); the services
     * keep running. {@link #startPostgres()} brings it back on the same port and data directory.
     */
    public void stopPostgres() {
        postgres.stopServer();
    }

    /** Starts the embedded PostgreSQL again after {@link #stopPostgres()} and waits until it accepts connections. */
    public void startPostgres() {
        postgres.startServer(settings);
    }

    /** Services in reverse start order, then the broker, then PostgreSQL; idempotent. */
    public void stop() {
        processes.stopAll(GRACE);
        closePostgres();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs stop() as well, which is idempotent
            }
        }
    }

    private void closePostgres() {
        Postgres started = postgres;
        if (started != null) {
            LOG.info("Stopping PostgreSQL");
            started.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
