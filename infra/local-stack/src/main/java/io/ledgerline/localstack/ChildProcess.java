package io.ledgerline.localstack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One JVM the stack owns: started with its output appended to its log, polled until ready, stopped gracefully. */
final class ChildProcess {

    /** Ctrl-C signals the terminal's whole process group; children in their own session wait for our ordered stop. */
    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final List<String> command;
    private final ProcessBuilder builder;
    private final Path logFile;
    private final BooleanSupplier readiness;
    private volatile Process process;
    private volatile boolean ending;

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path logFile,
                 BooleanSupplier readiness) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logFile = logFile;
        this.readiness = readiness;
        List<String> line = new ArrayList<>(command);
        if (Files.isExecutable(SETSID)) {
            line.add(0, SETSID.toString());
        }
        this.builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        this.builder.environment().putAll(environment);
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    void start() {
        try {
            Files.writeString(logFile, "%n=== %s: %s%n".formatted(Instant.now(), String.join(" ", command)),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ending = false;
            Process started = builder.start();
            process = started;
            started.onExit().thenAccept(exited -> {
                if (!ending && process == started) {   // not a process we stopped, nor one replaced by a restart
                    LOG.warn("{} exited unexpectedly with code {}, see {}", name, exited.exitValue(), logFile);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    void awaitReady(Duration timeout) {
        Process running = process;
        try {
            await(name + " readiness").atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .failFast(name + " exited", () -> !running.isAlive())
                    .until(readiness::getAsBoolean);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            String why = running.isAlive() ? "is not ready after " + timeout.toSeconds() + " s"
                    : "exited with code " + running.exitValue();
            throw new IllegalStateException(name + " " + why + ". Last lines of " + logFile + ":\n" + LogTail.of(logFile, 40), e);
        }
    }

    /** SIGTERM, so Spring and Kafka shut down cleanly; SIGKILL only if that takes longer than {@code grace}. */
    void stop(Duration grace) {
        end(grace, false);
    }

    /** SIGKILL, to test recovery from a crash. */
    void kill() {
        end(Duration.ZERO, true);
    }

    private void end(Duration grace, boolean forcibly) {
        Process running = process;
        if (running == null) {
            return;
        }
        ending = true;
        List<ProcessHandle> descendants = running.descendants().toList();
        try {
            if (!forcibly) {
                running.destroy();
            }
            if (forcibly || !running.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly();
            }
            running.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
