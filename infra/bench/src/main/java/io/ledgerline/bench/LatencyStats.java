package io.ledgerline.bench;

import org.HdrHistogram.Histogram;

/** Throughput and latency of one measured phase; latencies in milliseconds. */
record LatencyStats(long count, long errors, double seconds, double p50, double p95, double p99, double max) {

    /** A histogram of microseconds, recorded over {@code seconds}, with the number of failed requests beside it. */
    static LatencyStats of(Histogram micros, long errors, double seconds) {
        return new LatencyStats(micros.getTotalCount(), errors, seconds, millis(micros, 50), millis(micros, 95),
                millis(micros, 99), micros.getTotalCount() == 0 ? 0 : micros.getMaxValue() / 1000.0);
    }

    static Histogram newHistogram() {
        return new Histogram(60_000_000L, 3);
    }

    /** Successful operations per second. */
    double perSecond() {
        return seconds <= 0 ? 0 : count / seconds;
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }
}
