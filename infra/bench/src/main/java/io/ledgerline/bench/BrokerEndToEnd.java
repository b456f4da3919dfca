package io.ledgerline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's own end-to-end latency, measured by Kafka's {@code EndToEndLatency} tool: one 500-byte record at a
 * time, acks=all, produce then consume. {@code kafka.tools.EndToEndLatency} in the {@code kafka_2.13} jar only
 * forwards to {@code org.apache.kafka.tools.EndToEndLatency} of {@code kafka-tools}, which the broker's classpath
 * lacks, so it runs from this module's classpath (same version, 3.9.1).
 */
final class BrokerEndToEnd {

    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9.]+) ms");
    private static final Pattern PERCENTILES = Pattern.compile(
            "Percentiles: 50th = ([0-9.]+), 99th = ([0-9.]+), 99.9th = ([0-9.]+)");

    private BrokerEndToEnd() {
    }

    /** Average, p50, p99 and p99.9 in milliseconds. */
    record Result(int messages, double average, double p50, double p99, double p999) {
    }

    static Result measure(String bootstrapServers, int messages) throws IOException, InterruptedException {
        Path log = Files.createTempFile("end-to-end-latency", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.apache.kafka.tools.EndToEndLatency", bootstrapServers, "bench-end-to-end", Integer.toString(messages), "all",
                "500").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("EndToEndLatency did not finish, see " + log);
        }
        return parse(messages, Files.readString(log));
    }

    static Result parse(int messages, String output) {
        Matcher average = AVERAGE.matcher(output);
        Matcher percentiles = PERCENTILES.matcher(output);
        if (!average.find() || !percentiles.find()) {
            throw new IllegalStateException("unexpected EndToEndLatency output:\n" + output);
        }
        return new Result(messages, Double.parseDouble(average.group(1)), Double.parseDouble(percentiles.group(1)),
                Double.parseDouble(percentiles.group(2)), Double.parseDouble(percentiles.group(3)));
    }
}
