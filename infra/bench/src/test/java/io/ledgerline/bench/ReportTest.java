package io.ledgerline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void namesTheMachineTheCommandAndTheTime() {
        String report = Report.render(results());

        assertThat(report).contains("| date (UTC) | 2026-11-26 17:00:00 |")
                .contains("`./mvnw -B -Pbench -pl infra/bench -am verify -DskipTests`")
                .contains("| machine | 2 cores, 24.0 GiB RAM, Test CPU |").contains("| Java | Test 17 |");
    }

    @Test
    void comparesTheGatewayWithDirectFromTheSameRun() {
        String report = Report.render(results());

        assertThat(report).contains("Gateway/direct throughput: **0.50** on the GET")
                .contains("**0.75** on the command")
                .contains("| gateway ≥ 60 % of direct (commands) | 75 % | yes |")
                .contains("| ≥ 1,000 commands/s through the gateway | 750/s | **no** |");
    }

    @Test
    void sumsTheStackAndJudgesItsTargets() {
        String report = Report.render(results());

        assertThat(report).contains("| **total** | **2,000 MiB** | **1,500 MiB** | **–** | **–** |")
                .contains("| stack ready < 60 s | 30.0 s | yes |")
                .contains("| stack < 3 GB resident | 1.46 GiB PSS | yes |");
    }

    @Test
    void reportsLatencyPercentilesFromTheHistogram() {
        Histogram micros = LatencyStats.newHistogram();
        for (int i = 1; i <= 100; i++) {
            micros.recordValue(i * 1000L);
        }

        LatencyStats stats = LatencyStats.of(micros, 3, 2.0);

        assertThat(stats.perSecond()).isEqualTo(50.0);
        // HdrHistogram keeps three significant digits
        assertThat(stats.p50()).isCloseTo(50.0, within(0.1));
        assertThat(stats.p99()).isCloseTo(99.0, within(0.1));
        assertThat(stats.errors()).isEqualTo(3);
    }

    @Test
    void readsTheBrokersOwnLatencyTool() {
        BrokerEndToEnd.Result result = BrokerEndToEnd.parse(1000, """
                0	1.2
                Avg latency: 0.8123 ms
                Percentiles: 50th = 0, 99th = 3, 99.9th = 7
                """);

        assertThat(result.p50()).isEqualTo(0.0);
        assertThat(result.p99()).isEqualTo(3.0);
        assertThat(result.average()).isEqualTo(0.8123);
    }

    private static Results results() {
        Results results = new Results();
        results.machine = new Machine(2, 24.0, "Test CPU", "Test 17");
        results.started = Instant.parse("2026-11-26T17:00:00Z");
        results.command = "./mvnw -B -Pbench -pl infra/bench -am verify -DskipTests";
        results.scale = 1.0;
        results.users = 50;
        results.getDirect = new LatencyStats(1000, 0, 1.0, 1, 2, 3, 4);
        results.getGateway = new LatencyStats(500, 0, 1.0, 2, 3, 4, 5);
        results.commandsDirect = new LatencyStats(1000, 0, 1.0, 10, 20, 30, 40);
        results.commandsGateway = new LatencyStats(750, 0, 1.0, 12, 22, 32, 42);
        results.secondsToReady = 30.0;
        Map<String, ProcessMemory> memory = new TreeMap<>();
        memory.put("gateway", new ProcessMemory(500, 400, 1));
        memory.put("postgresql", new ProcessMemory(1500, 1100, 9));
        results.memoryAtReady = memory;
        return results;
    }
}
