package io.ledgerline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every benchmark against one local stack and writes the report. System properties: {@code bench.scale}
 * (1.0 = full, about 15 minutes), {@code bench.output} (the report), {@code bench.data} (the stack's data directory,
 * emptied first), {@code bench.parts} (a comma-separated subset of commands, propagation, broker, streams and rebuild
 * to run while profiling one of them; all by default).
 */
public final class Bench {

    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);
    static final String KAFKA = "127.0.0.1:9092";
    static final int USERS = 50;
    static final int PROPAGATION_RATE = 500;
    /** A rate the stack keeps up with on two cores (about half its measured command capacity). */
    static final int SUSTAINED_RATE = 100;

    private final double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
    private final Set<String> parts = Set.of(System.getProperty("bench.parts",
            "commands,propagation,broker,streams,rebuild").split("\\s*,\\s*"));
    private final Path home = Path.of("").toAbsolutePath();
    private final Results results = new Results();

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    private void run() throws Exception {
        Path output = Path.of(System.getProperty("bench.output", "docs/benchmarks.md"));
        Path data = Path.of(System.getProperty("bench.data", "infra/bench/target/bench-data"));
        results.machine = Machine.current();
        results.started = Instant.now();
        results.scale = scale;
        results.command = "./mvnw -B -Pbench -pl infra/bench -am verify -DskipTests"
                + (scale == 1.0 ? "" : " -Dbench.scale=" + scale);
        results.notes.add("The gateway's per-principal rate limit (defaults: burst 50, 20/s) would answer a load test "
                + "with 429, so the bench profile starts the stack with LEDGERLINE_GATEWAY_RATELIMIT_CAPACITY="
                + System.getenv("LEDGERLINE_GATEWAY_RATELIMIT_CAPACITY") + " and "
                + "LEDGERLINE_GATEWAY_RATELIMIT_REFILLPERSECOND="
                + System.getenv("LEDGERLINE_GATEWAY_RATELIMIT_REFILLPERSECOND")
                + "; the limiter still runs on every request. Spring Cloud CircuitBreaker also wraps every route in a "
                + "Resilience4j bulkhead of 25 concurrent calls by default, which answers 503 beyond that: "
                + "RESILIENCE4J_BULKHEAD_CONFIGS_DEFAULT_MAXCONCURRENTCALLS="
                + System.getenv("RESILIENCE4J_BULKHEAD_CONFIGS_DEFAULT_MAXCONCURRENTCALLS")
                + " lets the " + USERS + " users through. Nothing else differs from `./ledgerline up`.");
        if (scale < 1) {
            results.notes.add("A smoke run (scale " + scale + "): short phases on a machine shared with other work "
                    + "prove that every benchmark runs end to end; they do not judge the targets.");
        }
        results.notes.add("Load driver: java.net.http with HdrHistogram (closed model for throughput, open model with "
                + "latency counted from each request's due time for the fixed rate) in the suite's own JVM, on the same "
                + "machine as the stack, so it competes for the same cores. Not Gatling: one run here also starts the "
                + "stack, restarts task-service between configurations, grows event streams over JDBC, reads "
                + "Prometheus histograms and consumer lag and writes one report with ratios from that run; Gatling "
                + "would run each scenario as a simulation in its own forked JVM with its own HTML report.");
        try (StackProcess stack = StackProcess.start(home, data, Duration.ofSeconds(180))) {
            results.secondsToReady = stack.secondsToReady();
            results.memoryAtReady = stack.memory();
            results.notes.add("The local stack's PostgreSQL runs as `./ledgerline up` starts it: `"
                    + stack.postgresCommandLine().replaceAll("^\\S*/bin/postgres", "postgres") + "`.");
            LOG.info("Stack ready in {} s", results.secondsToReady);
            HttpLoad load = new HttpLoad();
            // acme's admin sets up and drives the work; the ops API (outbox lag) is the platform operator's alone
            Api api = new Api(load.client(), "acme-admin");
            Api operator = new Api(load.client(), "ops-admin");
            results.notes.add("Accounts: `acme-admin` sets up the client, project and members and logs their time "
                    + "(an admin may log for anyone in the tenant); the outbox lags come from the operations API as "
                    + "the platform operator `ops-admin`, whom alone it answers.");
            Workload work = new Workload(api).create(USERS);
            results.users = USERS;
            try (LagSampler lags = new LagSampler(operator, KAFKA)) {
                part("commands", () -> commands(load, work, lags));
                part("propagation", () -> propagation(load, api, work, lags));
                part("broker", () -> {
                    results.broker = BrokerEndToEnd.measure(KAFKA, atLeast(10_000, 1_000));
                    LOG.info("Broker end to end: {}", results.broker);
                });
                results.memoryAfterLoad = stack.memory();
                // before the long streams, which leave task-service a backlog of copied events to publish; billing,
                // still applying the rest of the rebuild afterwards and no consumer of task events, is paused meanwhile
                part("rebuild", () -> rebuild(stack, api, work, lags));
                part("streams", () -> paused(stack.service("billing-service"),
                        () -> hotAggregates(stack, api, operator, load, work, data)));
            }
            if (!load.failures().isEmpty()) {
                results.notes.add("Failed requests by status (0 = no answer): " + load.failures());
            }
        } finally {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, Report.render(results));
            LOG.info("Wrote {}", output);
        }
    }

    /** One benchmark, if selected; a failure is written into the report and the others still run. */
    private void part(String name, Part part) {
        if (!parts.contains(name)) {
            results.notes.add("Not run this time: " + name + " (`-Dbench.parts`).");
            return;
        }
        try {
            part.run();
        } catch (Exception e) {
            LOG.error("{} failed", name, e);
            results.notes.add("**" + name + " failed**: " + e);
        }
    }

    private interface Part {
        void run() throws Exception;
    }

    private void hotAggregates(StackProcess stack, Api api, Api operator, HttpLoad load, Workload work,
                               Path data) throws Exception {
        String jdbc = "jdbc:postgresql://127.0.0.1:15432/ledgerline?reWriteBatchedInserts=true";
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        variants.put("no snapshots, no cache", Map.of());
        variants.put("snapshots every 100 events", Map.of("LEDGERLINE_SNAPSHOTS_THRESHOLD", "100"));
        variants.put("snapshots + aggregate cache", Map.of("LEDGERLINE_SNAPSHOTS_THRESHOLD", "100",
                "LEDGERLINE_SNAPSHOTS_CACHE", "true"));
        ServiceRestart restarted = null;
        try {
            for (Map.Entry<String, Map<String, String>> variant : variants.entrySet()) {
                if (!variant.getValue().isEmpty()) {
                    // stops the running task-service (the stack's, or the previous replacement) and starts anew
                    restarted = ServiceRestart.of(restarted == null ? stack.service("task-service")
                                    : restarted.handle(), Api.TASK_MANAGEMENT + "/actuator/health/readiness",
                            variant.getValue(), data.resolve("logs/task-service-bench.log"));
                }
                HotAggregates hot = new HotAggregates(api, operator, load, jdbc).create(work.projectId());
                for (int length : new int[] {atLeast(100, 10), atLeast(1_000, 20), atLeast(10_000, 30)}) {
                    HotAggregates.Measured measured = hot.measure(length, seconds(5), seconds(20));
                    results.hotAggregates.add(new Results.HotAggregateRow(length, variant.getKey(),
                            !variant.getValue().isEmpty(), HotAggregates.AGGREGATES, measured.stats(),
                            measured.outboxBacklog()));
                    LOG.info("Hot aggregates, {}, {} events: {}", variant.getKey(), length, measured);
                }
            }
        } finally {
            if (restarted != null) {
                restarted.close();
            }
        }
    }

    private void commands(HttpLoad load, Workload work, LagSampler lags) throws InterruptedException {
        LOG.info("Warming up");
        load.closed(USERS, seconds(45), n -> work.logTime(n % 2 == 0 ? Api.GATEWAY : Api.TIMETRACKING));
        load.closed(USERS, seconds(20), n -> work.readEntry(n % 2 == 0 ? Api.GATEWAY : Api.TIMETRACKING));
        results.getDirect = load.closed(USERS, seconds(20), n -> work.readEntry(Api.TIMETRACKING));
        results.getGateway = load.closed(USERS, seconds(20), n -> work.readEntry(Api.GATEWAY));
        LOG.info("GET direct {}, via gateway {}", results.getDirect, results.getGateway);
        lags.takeMax();
        results.commandsDirect = load.closed(USERS, seconds(60), n -> work.logTime(Api.TIMETRACKING));
        results.commandsGateway = load.closed(USERS, seconds(60), n -> work.logTime(Api.GATEWAY));
        results.commandLags = lags.takeMax();
        LOG.info("POST direct {}, via gateway {}, lags {}", results.commandsDirect, results.commandsGateway,
                results.commandLags);
    }

    private void propagation(HttpLoad load, Api api, Workload work, LagSampler lags) throws Exception {
        drain(lags, seconds(300));
        PrometheusHistogram sustainedBefore = propagationHistogram(api);
        results.sustainedRate = SUSTAINED_RATE;
        results.sustainedCommands = load.open(SUSTAINED_RATE, seconds(30), n -> work.logTime(Api.TIMETRACKING));
        drain(lags, seconds(120));
        results.sustainedPropagation = propagationHistogram(api).minus(sustainedBefore);
        LOG.info("Propagation at {}/s: {} events, p99 {} s", SUSTAINED_RATE, results.sustainedPropagation.count(),
                results.sustainedPropagation.quantile(0.99));
        lags.takeMax();
        PrometheusHistogram before = propagationHistogram(api);
        results.propagationRate = PROPAGATION_RATE;
        results.propagationCommands = load.open(PROPAGATION_RATE, seconds(60), n -> work.logTime(Api.TIMETRACKING));
        drain(lags, seconds(120));
        results.propagation = propagationHistogram(api).minus(before);
        results.propagationLags = lags.takeMax();
        LOG.info("Propagation: {} events, p99 {} s; commands {}", results.propagation.count(),
                results.propagation.quantile(0.99), results.propagationCommands);
    }

    /**
     * Billing's ledger rebuilt from the time topic. webhook-service, which consumes the same topic in its own group,
     * is paused meanwhile (SIGSTOP, then SIGCONT): a replay of billing's consumer group would not make it read the
     * records again, so it must not share the CPU with the measured rebuild.
     */
    private void rebuild(StackProcess stack, Api api, Workload work, LagSampler lags) throws Exception {
        drain(lags, seconds(300));
        long events = atLeast(1_000_000, 10_000);
        paused(stack.service("webhook-service"), () -> results.rebuild = LedgerRebuild.run(KAFKA, lags,
                tenant(api.token()), work.projectId(), work.taskId(), work.users(), events, seconds(150)));
        LOG.info("Ledger rebuild: {}", results.rebuild);
        if (results.rebuild.applied() < events) {
            results.notes.add("The ledger rebuild stopped at its cap of " + seconds(150).toSeconds() + " s with "
                    + (events - results.rebuild.applied()) + " of " + events + " events still to apply.");
        }
    }

    /** Runs the part while the process is stopped (SIGSTOP), and lets it go on afterwards (SIGCONT). */
    private static void paused(ProcessHandle process, Part part) throws Exception {
        signal(process, "STOP");
        try {
            part.run();
        } finally {
            signal(process, "CONT");
        }
    }

    private static void signal(ProcessHandle process, String signal) throws Exception {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start()
                .waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited with " + exit);
        }
    }

    private PrometheusHistogram propagationHistogram(Api api) throws Exception {
        HttpResponse<String> scraped = api.client().send(api.get(Api.BILLING_MANAGEMENT + "/actuator/prometheus"),
                HttpResponse.BodyHandlers.ofString());
        return PrometheusHistogram.parse(scraped.body(), "ledgerline_propagation_seconds");
    }

    private static void drain(LagSampler lags, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while ((lags.consumerLag() != 0 || lags.outboxLag() != 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
    }

    private Duration seconds(int full) {
        return Duration.ofMillis(Math.max(2_000, Math.round(full * 1000 * scale)));
    }

    private int atLeast(int full, int minimum) {
        return (int) Math.max(minimum, Math.round(full * scale));
    }

    /** The tenant claim of a token, which the records written straight to Kafka carry as {@code ce_tenant}. */
    static String tenant(String jwt) throws java.io.IOException {
        byte[] claims = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return new ObjectMapper().readTree(new String(claims, StandardCharsets.UTF_8)).path("tenant").asText();
    }
}
