package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.localstack.LoadDriver.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two instances of each domain service: their integration-publisher segments and their Kafka partitions are split
 * between them; the load alternates between the first instances, through the gateway, and the second ones, called
 * directly; then, while commands are being sent, the second instance of every service is killed and the first takes
 * over its segments and partitions, with nothing processed twice and nothing skipped. {@code ./mvnw verify} runs it
 * shortened (the pom's {@code scaleout.commands}), {@code -Pfaults} at full size (see docs/reliability.md).
 */
class ScaleOutIT {

    private static final int COMMANDS = Integer.getInteger("scaleout.commands", 3_000);
    private static final double PER_SECOND = 40;
    private static final List<String> SERVICES =
            List.of("project-service", "task-service", "timetracking-service", "billing-service");
    private static final Map<String, String> SCHEMAS = Map.of("project-service", "project", "task-service", "task",
            "timetracking-service", "timetracking", "billing-service", "billing");

    private static LocalStack stack;

    private final Set<String> killed = ConcurrentHashMap.newKeySet();
    private final AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
    private final Map<String, String> findings = new LinkedHashMap<>();

    @BeforeAll
    static void startStack() {
        List<String> services = new ArrayList<>(List.of("identity"));
        services.addAll(SERVICES);
        services.add("gateway");
        stack = TestStacks.fresh("scale-out").instances(2).services(services)
                .javaOptions(TestStacks.javaOptionsForGatewayLoad())
                .startupTimeout(Duration.ofSeconds(300)).start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void instancesShareSegmentsAndPartitionsAndTheSurvivorTakesOverWithNothingLostOrRepeated() throws Exception {
        AtomicInteger turn = new AtomicInteger();
        LoadDriver driver = new LoadDriver(service -> {
            int instance = killed.contains(service) ? 1 : 1 + turn.getAndIncrement() % 2;
            return instance == 1 ? stack.gatewayUrl() : stack.instanceUrl(service, 2);
        });
        LedgerScenario scenario = new LedgerScenario(stack, driver);
        String finance = GatewayClient.accessToken(stack, "acme-finance", "secret");
        String manager = GatewayClient.accessToken(stack, "acme-manager", "secret");
        String member = GatewayClient.accessToken(stack, "acme-member", "secret");
        List<String> tasks = scenario.prepare(finance, manager);

        await("segments split between the instances").atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                SERVICES.forEach(service -> assertThat(owners(scenario, service)).as(service).hasSize(2)));
        SERVICES.forEach(service -> findings.put(service + " segments before the kill", owners(scenario, service)
                .toString()));
        Map<String, List<Integer>> before = await("partitions split").atMost(Duration.ofSeconds(90))
                .until(this::partitionsPerMember, members -> members.values().stream().allMatch(p -> !p.isEmpty())
                        && members.size() == 2 * groups().size());
        findings.put("consumer group members before the kill", before.toString());

        List<Command> load = scenario.load(COMMANDS, manager, member, tasks);
        Thread killer = new Thread(() -> {
            await().atMost(LedgerScenario.WAIT).until(() -> driver.sent() >= COMMANDS / 3);
            killedAt.set(System.nanoTime());
            for (String service : SERVICES) {
                killed.add(service);
                stack.kill(service + "-2");
            }
        }, "killer");
        killer.start();
        driver.run(load, 16, PER_SECOND);
        killer.join();
        assertThat(load.stream().filter(c -> c.attempts.get(0).atNanos() > killedAt.get()).count())
                .as("commands sent after the kill").isGreaterThanOrEqualTo(COMMANDS / 3);

        scenario.retryUnanswered(load);
        scenario.awaitQuiescence();
        List<Command> all = new ArrayList<>(scenario.setup);
        all.addAll(load);
        LedgerScenario.Audit audit = scenario.audit(all);
        findings.put("outcome", audit.outcome().toString());
        audit.assertSound();
        scenario.checkDownstream(all);

        await("the survivors own every segment").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                SERVICES.forEach(service -> assertThat(owners(scenario, service)).as(service).hasSize(1)));
        SERVICES.forEach(service -> findings.put(service + " segments after the kill", owners(scenario, service)
                .toString()));
        findings.put("consumer group members after the kill", partitionsPerMember().toString());
        String text = findings.entrySet().stream().map(e -> "- " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n", "## Scale-out run\n\n", "\n"));
        Files.writeString(Path.of("target/scale-out.md"), text);
        System.out.println(text);
    }

    /** Segment owners of the service's integration-publisher, as token_entry records them: owner -> segments. */
    private static Map<String, List<Integer>> owners(LedgerScenario scenario, String service) {
        return scenario.db().segmentOwners(SCHEMAS.get(service), "integration-publisher");
    }

    private Set<String> groups() {
        try (Admin admin = admin()) {
            return admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId)
                    .filter(group -> SERVICES.stream().anyMatch(service -> group.startsWith(service + ".")))
                    .collect(Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each member of the services' consumer groups with the partitions it is assigned. */
    private Map<String, List<Integer>> partitionsPerMember() {
        Map<String, List<Integer>> members = new TreeMap<>();
        try (Admin admin = admin()) {
            for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups()).all()
                    .get(10, TimeUnit.SECONDS).values()) {
                group.members().forEach(m -> members.put(group.groupId() + "/" + m.clientId() + "/" + m.consumerId()
                        .substring(Math.max(0, m.consumerId().length() - 8)),
                        m.assignment().topicPartitions().stream().map(tp -> tp.partition()).sorted().toList()));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return members;
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
    }
}
