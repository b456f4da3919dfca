package io.ledgerline.bench;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Renders {@link Results} as {@code docs/benchmarks.md}: the machine, the command, each benchmark, the targets. */
final class Report {

    static final String HOW = """
            How to run it: build once, then run the suite (it starts the local stack itself, on ports 8080-8085 and
            8180-8185 (management), 9000, 9092 and 15432, from a fresh data directory under `infra/bench/target`,
            and stops it at the end):

            ```bash
            ./mvnw -B -Pbench -pl infra/bench -am verify -DskipTests                    # full run, about 15 minutes
            ./mvnw -B -Pbench -pl infra/bench -am verify -DskipTests -Dbench.scale=0.1  # smoke run, about 5 minutes
            ```

            `bench.scale` multiplies every duration and count (1.0 = full); `-Dbench.parts=commands,rebuild` (any of
            commands, propagation, broker, rebuild, streams) runs some phases only, with `-Dbench.output=/tmp/x.md`
            to keep this file. Benchmark on a quiet machine: the JIT alone needs about two minutes of load on two
            cores, which the warm-up phases give it. To profile a service under load, record it with JFR meanwhile:
            `jcmd $(pgrep -f timetracking-service.jar) JFR.start duration=30s filename=/tmp/tt.jfr settings=profile`.
            """;

    /** What bounds each figure by construction, whatever the machine; the tables above say by how much. */
    static final String LIMITS = """
            ## What limits the figures

            - **Commands.** One `POST /api/v1/time-entries` is, inside timetracking-service, a JWT check, one
              PostgreSQL transaction holding the user's week advisory lock, the event append and the subscribing read
              models (entry, week, version; a failing one refuses the command, without a savepoint each), then a
              read of the new entry for the response; Micrometer tracing makes a span per request
              (`LEDGERLINE_TRACING_SAMPLING_PROBABILITY`, default 1.0). Through the gateway the request also crosses
              a second JVM (token check, rate limiter, circuit breaker and bulkhead, request id). Every command then
              costs CPU elsewhere too: the outbox's Kafka send, the broker, billing's and webhook-service's consumers
              and their transactions. On two cores the load driver, seven JVMs, Kafka and PostgreSQL share the same
              CPUs: during the command phase `top` shows no idle time, timetracking-service at about 0.8 of a core,
              PostgreSQL about 0.45, Kafka 0.2, billing and webhook-service 0.17 each.
            - **Profiled and fixed** (JFR on timetracking-service and the gateway under this load): the RSA check of
              the same bearer token on every request (a quarter of the CPU; now verified once per token, claims on
              every request, `ledgerline.security.verified-tokens`), Spring Security's observation of each filter
              (now off, `management.observations.enable.spring.security`), and, once those were gone, the strict
              firewall's and the bearer resolver's regular expressions over the long `Authorization` header (a third
              of what remained; now loops proven equal to them). In runs of the command phase alone
              (`-Dbench.parts=commands`), the GET direct and through the gateway: 711 and 371/s before (JFR
              recording), 1,081 and 487/s after the token and observation fixes, 1,313 and 682/s after the regex
              fix too; full runs vary more (2026-11-27 01:19: 975 and 523/s). The command also lost the savepoint
              around each subscribing read model's handling (those groups now refuse the command when they fail
              instead of parking, so need none): 207 → 243/s direct and 164 → 198/s through the gateway between the
              full runs of 2026-11-26 18:19 and 2026-11-27 01:19.
            - **JIT.** Full tiered compilation (C2) instead of `-XX:TieredStopAtLevel=1` was measured in the same
              way: commands were slower (C2 compiler threads of seven JVMs competing for two cores), the stack took
              68 s to be ready and 3.16 GB PSS after the load, over both targets; C1 stays the default.
            - **Propagation** adds, after the commit: the `integration-publisher` tracking processor picking the
              event up (batch size 100), the send with acks=all, billing's poll, and billing's inbox transaction
              (dedup row, ledger upsert, pricing, budget check). At 500 events/s the stack is past its command
              capacity (about 240/s direct), so requests queue and the latency measured is mostly waiting; the
              sustained-rate row shows the path when it keeps up.
            - **Ledger rebuild.** billing's inbox applies each poll (up to 500 records) in one transaction,
              commits the consumer's offsets once per poll (`spring.kafka.listener.ack-mode: batch`), remembers the
              poll's event ids with one statement, and billing's ledger writes and prices the poll's logged time as
              JDBC batches at the end of it (`InboxTransaction.collect`). Runs of this phase alone
              (`-Dbench.parts=rebuild`) on 2026-11-27: 1,396 events/s with one transaction per poll only (each record
              still cost about five round trips: the inbox row, the ledger upsert, the rate lookup, the price
              update, the budget lookup; 12 of 20 thread dumps of the consumer thread found it in a socket read),
              2,853/s with the ledger's batches, 5,812/s with the ids remembered at once too. Commits cost little on
              this PostgreSQL (`-F`, `synchronous_commit=off`); on a durable server one commit per poll is what
              keeps a replay from waiting on a WAL flush per record (not measured here). What bounds it now: the
              one consumer thread and PostgreSQL's backend take turns, about half a core each (JFR of billing: the
              per-record observation and trace span, binding the JSON, the Kafka poll). Consuming the three
              partitions in parallel would overlap them, but billing reports budget burn to the project's budget
              aggregate from the inbox transaction, and two batches of one project would then conflict on that
              aggregate; 20,000 events/s is not reached.
            - **Stale jars (fixed 2026-11-27).** A service jar rebuilt without `clean` kept the nested platform jar
              of its previous build when only the platform had changed (maven-jar-plugin found the repackaged jar up
              to date, and `spring-boot:repackage` left it as it was); `forceCreation` in the root pom ends that.
              Earlier runs of this suite may have measured an older platform than their commit where only the
              platform had changed since the previous build; the figures above were measured with fresh jars.
            - **Long streams.** Without snapshots every command reads and replays the whole stream, so appends slow
              down as it grows; with `ledgerline.snapshots.threshold` a load reads the newest snapshot and at most
              that many events, and with `ledgerline.snapshots.cache` the aggregate stays in memory (one instance
              per aggregate only). What remains per comment is the HTTP path and the read models written in the
              command's transaction.
            - **The stack** is seven JVMs (`-Xmx320m -XX:+UseSerialGC -XX:TieredStopAtLevel=1` each), a Kafka broker
              and PostgreSQL, started together: readiness is mostly Spring Boot and Axon start-up competing for two
              cores.

            """;

    private final StringBuilder out = new StringBuilder();

    static String render(Results results) {
        return new Report().write(results);
    }

    private String write(Results r) {
        line("# Benchmarks");
        line("");
        line("Written by `infra/bench` (`io.ledgerline.bench.Bench`) from a real run; every ratio compares two "
                + "figures measured in the same run. Baselines of this machine class are in "
                + "the project's stack facts (a bare Axon app, Spring Cloud Gateway, Kafka, PostgreSQL).");
        line("");
        line("| | |");
        line("|---|---|");
        line("| date (UTC) | " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC)
                .format(r.started) + " |");
        line("| command | `" + r.command + "` |");
        line("| scale | " + num(r.scale, 2) + (r.scale < 1 ? " (a smoke run: durations and counts scaled down)" : "")
                + " |");
        line("| machine | " + r.machine.cores() + " cores, " + num(r.machine.memoryGiB(), 1) + " GiB RAM, "
                + r.machine.cpuModel() + " |");
        line("| Java | " + r.machine.java() + " |");
        line("");
        targets(r);
        commands(r);
        propagation(r);
        rebuild(r);
        hotAggregates(r);
        stack(r);
        out.append(LIMITS);
        if (!r.notes.isEmpty()) {
            line("## Notes");
            line("");
            r.notes.forEach(note -> line("- " + note));
            line("");
        }
        line("## Running it");
        line("");
        out.append(HOW);
        return out.toString();
    }

    private void targets(Results r) {
        line("## Targets");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        if (r.commandsGateway != null) {
            target("≥ 1,000 commands/s through the gateway", num(r.commandsGateway.perSecond(), 0) + "/s",
                    r.commandsGateway.perSecond() >= 1000);
            target("p99 ≤ 50 ms through the gateway", ms(r.commandsGateway.p99()), r.commandsGateway.p99() <= 50);
            double ratio = ratio(r.commandsGateway, r.commandsDirect);
            target("gateway ≥ 60 % of direct (commands)", percent(ratio), ratio >= 0.6);
        }
        if (r.propagation != null) {
            double p99 = r.propagation.quantile(0.99) * 1000;
            target("propagation p99 ≤ 100 ms at " + r.propagationRate + " events/s", ms(p99), p99 <= 100);
        }
        if (r.rebuild != null) {
            target("ledger rebuild ≥ 20,000 events/s", num(r.rebuild.appliedPerSecond(), 0) + "/s",
                    r.rebuild.appliedPerSecond() >= 20_000);
        }
        int longest = r.hotAggregates.stream().mapToInt(Results.HotAggregateRow::streamLength).max().orElse(0);
        r.hotAggregates.stream().filter(row -> row.snapshots() && row.streamLength() == longest)
                .max(java.util.Comparator.comparingDouble(row -> row.stats().perSecond()))
                .ifPresent(best -> target("hot aggregates ≥ 3 × 640 appends/s at " + best.streamLength()
                        + " events (" + best.variant() + ")", num(best.stats().perSecond(), 0) + "/s",
                        best.stats().perSecond() >= 1920));
        if (r.memoryAtReady != null) {
            target("stack ready < 60 s", num(r.secondsToReady, 1) + " s", r.secondsToReady < 60);
            // PSS: PostgreSQL's backends map the same shared buffers, which a sum of RSS counts once per backend
            double total = total(r.memoryAfterLoad == null ? r.memoryAtReady : r.memoryAfterLoad, false);
            target("stack < 3 GB resident", num(total / 1024, 2) + " GiB PSS", total < 3 * 1024);
        }
        line("");
    }

    private void commands(Results r) {
        if (r.commandsDirect == null) {
            return;
        }
        line("## 1. Command throughput and latency");
        line("");
        line("`POST /api/v1/time-entries` (a new TimeEntry aggregate per request, checked against the task, the "
                + "membership and the user's week) by " + r.users + " concurrent users (closed model: each sends its "
                + "next request when the last one answered), straight to timetracking-service and through the "
                + "gateway (token validation, rate limiter, request id, circuit breaker) in the same run, after a "
                + "warm-up. The baseline is a cheap authenticated `GET /api/v1/time-entries/{id}` on the same paths.");
        line("");
        line("| path | requests | errors | req/s | p50 | p95 | p99 | max |");
        line("|---|---|---|---|---|---|---|---|");
        row("GET direct", r.getDirect);
        row("GET via gateway", r.getGateway);
        row("POST direct", r.commandsDirect);
        row("POST via gateway", r.commandsGateway);
        line("");
        line("Gateway/direct throughput: **" + num(ratio(r.getGateway, r.getDirect), 2) + "** on the GET (baseline "
                + "0.28 for a bare Spring Cloud Gateway in front of a trivial GET), **"
                + num(ratio(r.commandsGateway, r.commandsDirect), 2) + "** on the command.");
        if (r.commandLags != null) {
            line("Largest lags while the commands ran: timetracking's outbox " + r.commandLags.outboxEvents()
                    + " events, billing's ledger consumer " + r.commandLags.consumerRecords() + " records.");
        }
        line("");
    }

    private void propagation(Results r) {
        if (r.propagation == null) {
            return;
        }
        line("## 2. Cross-service propagation");
        line("");
        line("Time entries logged at a fixed " + r.propagationRate + "/s (open model) straight to "
                + "timetracking-service; from the TimeLogged event recorded there (its CloudEvents `time`) to the "
                + "priced entry committed in billing's ledger, as billing-service exports it "
                + "(`ledgerline_propagation_seconds` histogram, read before and after the phase).");
        line("");
        line("| | events | p50 | p95 | p99 |");
        line("|---|---|---|---|---|");
        PrometheusHistogram h = r.propagation;
        line("| propagation, timetracking → billing | " + num(h.count(), 0) + " | " + ms(h.quantile(0.5) * 1000)
                + " | " + ms(h.quantile(0.95) * 1000) + " | " + ms(h.quantile(0.99) * 1000) + " |");
        PrometheusHistogram s = r.sustainedPropagation;
        if (s != null) {
            line("| the same at " + r.sustainedRate + "/s, a rate this stack keeps up with | " + num(s.count(), 0)
                    + " | " + ms(s.quantile(0.5) * 1000) + " | " + ms(s.quantile(0.95) * 1000) + " | "
                    + ms(s.quantile(0.99) * 1000) + " |");
        }
        if (r.broker != null) {
            line("| the broker alone (`kafka.tools.EndToEndLatency`, acks=all, 500 B) | " + r.broker.messages()
                    + " | " + ms(r.broker.p50()) + " | – | " + ms(r.broker.p99()) + " |");
        }
        line("");
        if (r.propagationCommands != null) {
            line("The commands themselves at " + r.propagationRate + "/s: p50 " + ms(r.propagationCommands.p50())
                    + ", p99 " + ms(r.propagationCommands.p99()) + ", " + r.propagationCommands.errors() + " errors"
                    + (r.sustainedCommands == null ? "." : "; at " + r.sustainedRate + "/s: p50 "
                    + ms(r.sustainedCommands.p50()) + ", p99 " + ms(r.sustainedCommands.p99()) + ", "
                    + r.sustainedCommands.errors() + " errors."));
        }
        if (r.broker != null && h.count() > 0) {
            line("Propagation p99 is " + num(h.quantile(0.99) * 1000 / r.broker.p99(), 1)
                    + "× the broker's own p99 (baseline 3.7 ms).");
        }
        line("");
        line("Histogram (cumulative, as exported):");
        line("");
        line("| ≤ | events |");
        line("|---|---|");
        double previous = -1;
        for (Map.Entry<Double, Double> bucket : h.cumulative().entrySet()) {
            if (bucket.getValue() > previous && bucket.getValue() > 0) {
                line("| " + (bucket.getKey().isInfinite() ? "+Inf" : ms(bucket.getKey() * 1000)) + " | "
                        + num(bucket.getValue(), 0) + " |");
            }
            previous = bucket.getValue();
        }
        if (r.propagationLags != null) {
            line("");
            line("Largest lags in this phase: outbox " + r.propagationLags.outboxEvents() + " events, billing's "
                    + "consumer " + r.propagationLags.consumerRecords() + " records.");
        }
        line("");
    }

    private void rebuild(Results r) {
        if (r.rebuild == null) {
            return;
        }
        LedgerRebuild.Result rb = r.rebuild;
        line("## 3. Rebuilding billing's ledger");
        line("");
        line("billing's ledger (`priced_entry`) is kept by an inbox consumer of `ledgerline.time.v1`, not by an Axon "
                + "processor (the ops replay API replays tracking processors only; all read models here are "
                + "subscribing), so its stored events are the records on that topic and rebuilding it means its "
                + "consumer group reading them again. The suite stores " + num(rb.events(), 0)
                + " TimeLogged records there as timetracking's outbox would (" + num(rb.storedPerSecond(), 0)
                + " events/s stored) and measures how fast billing applies them, one transaction, one statement of "
                + "inbox rows and one batch of ledger writes per poll (see `Inbox.processAll`). webhook-service, "
                + "which reads the same topic in its own consumer group, is paused during the phase: a replay of "
                + "billing's group would not make it read them again. The phase runs before the long streams, whose "
                + "copied events task-service would still be publishing.");
        line("");
        line("| events stored | applied | seconds | applied events/s |");
        line("|---|---|---|---|");
        line("| " + num(rb.events(), 0) + " | " + num(rb.applied(), 0) + " | " + num(rb.appliedSeconds(), 1) + " | **"
                + num(rb.appliedPerSecond(), 0) + "** |");
        line("");
        line("Before the inbox applied a poll per transaction (and with webhook-service consuming alongside), the "
                + "same phase applied 1,383 events/s (full run of 2026-11-26 18:19), and 1,323/s in the full run of "
                + "2026-11-27 01:19 with one transaction per poll only; how each step changed it is under "
                + "\"What limits the figures\".");
        line("");
    }

    private void hotAggregates(Results r) {
        if (r.hotAggregates.isEmpty()) {
            return;
        }
        line("## 4. Long streams");
        line("");
        line("`POST /api/v1/tasks/{id}/comments` through the gateway by " + HotAggregates.USERS + " users on "
                + HotAggregates.AGGREGATES + " hot tasks whose streams were first grown to the length shown "
                + "(copies of a real comment event written straight into task-service's event store). task-service "
                + "runs three times: as `./ledgerline up` starts it, then with `LEDGERLINE_SNAPSHOTS_THRESHOLD=100`, "
                + "then with that and `LEDGERLINE_SNAPSHOTS_CACHE=true` (see `Snapshots` in infra/platform).");
        line("");
        line("| configuration | stream length | appends | errors | appends/s | p50 | p99 | outbox backlog at start |");
        line("|---|---|---|---|---|---|---|---|");
        for (Results.HotAggregateRow row : r.hotAggregates) {
            line("| " + row.variant() + " | " + num(row.streamLength(), 0) + " | " + row.stats().count() + " | "
                    + row.stats().errors() + " | " + num(row.stats().perSecond(), 0) + " | " + ms(row.stats().p50())
                    + " | " + ms(row.stats().p99()) + " | " + num(row.outboxBacklog(), 0) + " |");
        }
        line("");
        line("billing-service, still applying the rest of the rebuild and no consumer of task events, is paused "
                + "during this phase.");
        line("Baseline: 640 appends/s to 8 hot aggregates (a bare Axon app, no cache, no snapshots, p99 174 ms). "
                + "The copied events are published to Kafka like any other; the last column is how many task-service "
                + "still had to publish when the measurement began (that work shares the CPU).");
        line("");
    }

    private void stack(Results r) {
        if (r.memoryAtReady == null) {
            return;
        }
        line("## 5. The whole local stack");
        line("");
        line("Ready (every process answering its readiness probe) **" + num(r.secondsToReady, 1)
                + " s** after `java -jar infra/local-stack/target/local-stack.jar up` on a fresh data directory.");
        line("Resident memory from `/proc/<pid>/status` (RSS) and `/proc/<pid>/smaps_rollup` (PSS, which counts "
                + "shared pages such as PostgreSQL's shared buffers once):");
        line("");
        line("| process | RSS at ready | PSS at ready | RSS after the load | PSS after the load |");
        line("|---|---|---|---|---|");
        r.memoryAtReady.forEach((name, memory) -> {
            ProcessMemory after = r.memoryAfterLoad == null ? null : r.memoryAfterLoad.get(name);
            line("| " + name + (memory.processes() > 1 ? " (" + memory.processes() + " processes)" : "") + " | "
                    + mib(memory.rssMiB()) + " | " + mib(memory.pssMiB()) + " | "
                    + (after == null ? "–" : mib(after.rssMiB())) + " | "
                    + (after == null ? "–" : mib(after.pssMiB())) + " |");
        });
        boolean loaded = r.memoryAfterLoad != null;
        line("| **total** | **" + mib(total(r.memoryAtReady, true)) + "** | **" + mib(total(r.memoryAtReady, false))
                + "** | **" + (loaded ? mib(total(r.memoryAfterLoad, true)) : "–") + "** | **"
                + (loaded ? mib(total(r.memoryAfterLoad, false)) : "–") + "** |");
        line("");
    }

    static double total(Map<String, ProcessMemory> memory, boolean rss) {
        return memory.values().stream().mapToDouble(m -> rss ? m.rssMiB() : m.pssMiB()).sum();
    }

    static double ratio(LatencyStats numerator, LatencyStats denominator) {
        return denominator == null || denominator.perSecond() == 0 ? 0
                : numerator.perSecond() / denominator.perSecond();
    }

    private void row(String name, LatencyStats s) {
        if (s != null) {
            line("| " + name + " | " + s.count() + " | " + s.errors() + " | " + num(s.perSecond(), 0) + " | "
                    + ms(s.p50()) + " | " + ms(s.p95()) + " | " + ms(s.p99()) + " | " + ms(s.max()) + " |");
        }
    }

    private void target(String target, String measured, boolean met) {
        line("| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |");
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : num(millis, millis < 10 ? 2 : 1) + " ms";
    }

    private static String mib(double mib) {
        return num(mib, 0) + " MiB";
    }

    private static String percent(double ratio) {
        return num(ratio * 100, 0) + " %";
    }

    static String num(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
