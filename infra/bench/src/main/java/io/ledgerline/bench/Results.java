package io.ledgerline.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one run measured, filled in as the benchmarks go; a part that did not run stays null. */
final class Results {

    Machine machine;
    Instant started;
    String command;
    double scale;

    double secondsToReady;
    Map<String, ProcessMemory> memoryAtReady;
    Map<String, ProcessMemory> memoryAfterLoad;

    int users;
    LatencyStats getDirect;
    LatencyStats getGateway;
    LatencyStats commandsDirect;
    LatencyStats commandsGateway;
    LagSampler.Lags commandLags;

    int propagationRate;
    int sustainedRate;
    LatencyStats sustainedCommands;
    PrometheusHistogram sustainedPropagation;
    LatencyStats propagationCommands;
    PrometheusHistogram propagation;
    LagSampler.Lags propagationLags;
    BrokerEndToEnd.Result broker;

    LedgerRebuild.Result rebuild;

    final List<HotAggregateRow> hotAggregates = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    /** Appends to hot aggregates at one stream length, in one configuration ({@code variant}). */
    record HotAggregateRow(int streamLength, String variant, boolean snapshots, int aggregates, LatencyStats stats,
                           long outboxBacklog) {
    }
}
