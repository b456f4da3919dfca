package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.localstack.LoadDriver.Attempt;
import io.ledgerline.localstack.LoadDriver.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * While at least 10,000 commands go through the gateway to project-, task- and timetracking-service, each domain
 * service and webhook-service is killed with SIGKILL and restarted, the broker is restarted and PostgreSQL is away for
 * 20 s, each fault while commands are being sent: the load goes on until every fault is over and some more commands
 * went out. Afterwards every acknowledged command has exactly one event, every refused attempt none, every event the
 * commands caused was applied exactly once downstream, and the dead-letter topics hold only the records poisoned on
 * purpose. {@code ./mvnw verify} runs it shortened (the pom's {@code faults.*} properties), {@code -Pfaults} at full
 * size (see docs/reliability.md).
 */
class FaultToleranceIT {

    private static final int COMMANDS = Integer.getInteger("faults.commands", 10_000);
    private static final double PER_SECOND = Double.parseDouble(System.getProperty("faults.rate", "40"));
    private static final int USERS = 16;
    private static final Duration POSTGRES_OUTAGE = Duration.ofSeconds(Integer.getInteger("faults.outage", 20));
    /** Commands the load still sends once every fault is over: each recovery is tested under load. */
    private static final int AFTER_FAULTS = 200;

    private static LocalStack stack;

    private final Map<String, String> recoveries = new ConcurrentSkipListMap<>();
    /** Each fault's start and the moment it was over (the service ready, the database back), in nanoTime. */
    private final Map<String, long[]> windows = new ConcurrentSkipListMap<>();
    private volatile boolean loadDone;
    private volatile int sentWhenFaultsWereOver = -1;
    private volatile long postgresBack;
    private volatile Throwable faultFailure;
    private LoadDriver driver;
    private LedgerScenario scenario;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.fresh("faults").javaOptions(TestStacks.javaOptionsForGatewayLoad())
                .startupTimeout(Duration.ofSeconds(240)).start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)   // a guard: on a shared, loaded machine the short run took 10
    void nothingAcknowledgedIsLostOrAppliedTwiceThroughCrashesABrokerRestartAndADatabaseOutage() throws Exception {
        long began = System.nanoTime();
        driver = new LoadDriver(service -> stack.gatewayUrl());
        scenario = new LedgerScenario(stack, driver);
        String finance = GatewayClient.accessToken(stack, "acme-finance", "secret");
        String manager = GatewayClient.accessToken(stack, "acme-manager", "secret");
        String member = GatewayClient.accessToken(stack, "acme-member", "secret");
        List<String> tasks = scenario.prepare(finance, manager);
        Set<String> poisoned = scenario.poison();
        // planned for up to five minutes past the commands asked for, in case the faults take longer than those
        List<Command> planned = scenario.load(COMMANDS + (int) (PER_SECOND * 300), manager, member, tasks);
        int sentBefore = driver.sent();

        Thread faults = new Thread(this::injectFaults, "faults");
        long loadStarted = System.nanoTime();
        faults.start();
        driver.run(planned, USERS, PER_SECOND, () -> driver.sent() - sentBefore >= COMMANDS
                && sentWhenFaultsWereOver >= 0 && driver.sent() >= sentWhenFaultsWereOver + AFTER_FAULTS);
        loadDone = true;
        List<Command> load = planned.stream().filter(Command::sent).toList();
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        faults.join(Duration.ofMinutes(4).toMillis());
        assertThat(faults.isAlive()).as("the faults finished").isFalse();
        assertThat(faultFailure).as("the faults were injected").isNull();
        assertThat(recoveries).as("every fault was injected and recovered").hasSize(7);
        assertThat(faultsWithoutLoad(load)).as("faults during which no command was sent").isEmpty();

        long retried = scenario.retryUnanswered(load);
        long quiet = System.nanoTime();
        scenario.awaitQuiescence();
        double quiescenceSeconds = (System.nanoTime() - quiet) / 1e9;

        List<Command> all = new ArrayList<>(scenario.setup);
        all.addAll(load);
        LedgerScenario.Audit audit = scenario.audit(all);
        Map<String, List<String>> deadLetters = DeadLetterTopics.eventIds(stack.kafkaBootstrapServers());
        report(load, audit, retried, loadSeconds, quiescenceSeconds, deadLetters, (System.nanoTime() - began) / 1e9);

        audit.assertSound();
        scenario.checkDownstream(all);
        Set<String> dead = deadLetters.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        assertThat(dead).as("the dead-letter topics hold exactly the poisoned records").isEqualTo(poisoned);
    }

    /**
     * While the load runs: kills two services at a time with SIGKILL and restarts them, restarts the broker, stops
     * PostgreSQL for 20 s; each step starts when some more commands went out after the previous one.
     */
    private void injectFaults() {
        try {
            awaitSent(200);
            crashAndRestart("project-service", "timetracking-service", "webhook-service");
            awaitSent(driver.sent() + 150);
            crashAndRestart("task-service", "billing-service");
            awaitSent(driver.sent() + 150);
            long stopped = System.nanoTime();
            stack.restart("kafka");
            windows.put("restart kafka", new long[] {stopped, System.nanoTime()});
            recoveries.put("restart kafka", "broker answering again after %.1f s".formatted(since(stopped)));
            awaitSent(driver.sent() + 150);
            long outage = System.nanoTime();
            stack.stopPostgres();
            Thread.sleep(POSTGRES_OUTAGE.toMillis());   // the outage itself, not a wait for a condition
            long restarted = System.nanoTime();
            stack.startPostgres();
            postgresBack = System.nanoTime();
            String fault = "stop PostgreSQL for %d s".formatted(POSTGRES_OUTAGE.toSeconds());
            windows.put(fault, new long[] {outage, postgresBack});
            recoveries.put(fault, "accepting connections %.1f s after start".formatted(
                    (postgresBack - restarted) / 1e9));
        } catch (Throwable e) {
            faultFailure = e;
        } finally {
            sentWhenFaultsWereOver = driver.sent();
        }
    }

    private void crashAndRestart(String... services) {
        long killed = System.nanoTime();
        List.of(services).forEach(stack::kill);
        List.of(services).parallelStream().forEach(service -> {
            stack.restart(service);
            windows.put("kill -9 " + service, new long[] {killed, System.nanoTime()});
            recoveries.put("kill -9 " + service, "ready again after %.1f s".formatted(since(killed)));
        });
    }

    /** Until {@code count} commands went out, or the load is over. */
    private void awaitSent(int count) {
        await().atMost(LedgerScenario.WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> driver.sent() >= count || loadDone);
    }

    /** The faults during which not one attempt of the load was sent: they tested nothing. */
    private List<String> faultsWithoutLoad(List<Command> load) {
        List<Long> sent = load.stream().flatMap(c -> List.copyOf(c.attempts).stream()).map(Attempt::atNanos).toList();
        return windows.entrySet().stream()
                .filter(fault -> sent.stream().noneMatch(at -> at >= fault.getValue()[0] && at <= fault.getValue()[1]))
                .map(Map.Entry::getKey).toList();
    }

    /** Per service, how long after PostgreSQL accepted connections again its first command was acknowledged. */
    private String firstAcknowledgedAfterPostgres(List<Command> load) {
        return load.stream()
                .collect(Collectors.groupingBy(c -> c.service, TreeMap::new, Collectors.flatMapping(
                        c -> List.copyOf(c.attempts).stream().filter(Attempt::acknowledged)
                                .map(Attempt::atNanos).filter(at -> at > postgresBack),
                        Collectors.minBy(Long::compare))))
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()
                        .map(at -> "%.1f s".formatted((at - postgresBack) / 1e9)).orElse("none"))
                .collect(Collectors.joining(", "));
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }


    private void report(List<Command> load, LedgerScenario.Audit audit, long retried, double loadSeconds,
                        double quiescenceSeconds, Map<String, List<String>> deadLetters, double totalSeconds)
            throws Exception {
        StringBuilder text = new StringBuilder("## Fault run " + java.time.Instant.now() + "\n\n");
        text.append("- %d commands after %d setup commands, %d users, paced at %.0f/s: load took %.1f s%n"
                .formatted(load.size(), scenario.setup.size(), USERS, PER_SECOND, loadSeconds));
        text.append("- commands sent again with their Idempotency-Key after no answer or a 5xx: %d%n".formatted(retried));
        text.append("- quiescence after the retries: %.1f s; whole test %.1f s%n".formatted(quiescenceSeconds,
                totalSeconds));
        text.append("- events: %d ProjectCreated, %d TaskCreated, %d TimeLogged; priced ledger %s%n".formatted(
                scenario.stored("project", "ProjectCreatedEvent"), scenario.stored("task", "TaskCreatedEvent"),
                scenario.stored("timetracking", "TimeLoggedEvent"), scenario.db().number("SELECT sum(amount) FROM billing.priced_entry")));
        audit.outcome().forEach((key, count) -> text.append("- attempts/commands %s: %d%n".formatted(key, count)));
        recoveries.forEach((fault, recovery) -> text.append("- %s: %s%n".formatted(fault, recovery)));
        text.append("- faults during which no command was sent: %s%n".formatted(faultsWithoutLoad(load)));
        text.append("- first command acknowledged after PostgreSQL was back: %s%n".formatted(
                firstAcknowledgedAfterPostgres(load)));
        deadLetters.forEach((topic, ids) -> text.append("- %s: %d records%n".formatted(topic, ids.size())));
        audit.refusedButStored().forEach(line -> text.append("- refused but stored: %s%n".formatted(line)));
        audit.violations().forEach(line -> text.append("- violation: %s%n".formatted(line)));
        Path file = Path.of("target/fault-tolerance.md");
        Files.writeString(file, text);
        System.out.println(text);
    }
}
