package io.ledgerline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the stack's services again with extra settings: stops the stack's process gracefully and starts the
 * same command line with the same environment plus {@code overrides}, so a comparison differs in nothing else. The
 * replacement is this JVM's child; {@link #close()} stops it.
 */
final class ServiceRestart implements AutoCloseable {

    private final Process process;

    private ServiceRestart(Process process) {
        this.process = process;
    }

    /** The replacement process, to be replaced in turn. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    static ServiceRestart of(ProcessHandle running, String readinessUrl, Map<String, String> overrides, Path log)
            throws IOException, InterruptedException {
        long pid = running.pid();
        List<String> command = Arrays.asList(Files.readString(Path.of("/proc/" + pid + "/cmdline"),
                StandardCharsets.UTF_8).split("\0"));
        String[] environment = Files.readString(Path.of("/proc/" + pid + "/environ"), StandardCharsets.UTF_8)
                .split("\0");
        running.destroy();
        running.onExit().join();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        for (String variable : environment) {
            int equals = variable.indexOf('=');
            if (equals > 0) {
                builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
            }
        }
        builder.environment().putAll(overrides);
        ServiceRestart restarted = new ServiceRestart(builder.start());
        restarted.awaitReady(readinessUrl, Duration.ofMinutes(3));
        return restarted;
    }

    private void awaitReady(String readinessUrl, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(readinessUrl)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the restarted service is not ready at " + readinessUrl);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
