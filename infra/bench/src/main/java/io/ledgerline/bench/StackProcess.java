package io.ledgerline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The local stack started as {@code ./ledgerline up} starts it ({@code java -jar infra/local-stack/target/local-stack.jar
 * up}) on a fresh data directory, so the time to ready and the processes are those a developer gets. The environment
 * of this JVM (see the bench profile in the pom) reaches every process of the stack.
 */
final class StackProcess implements AutoCloseable {

    private final Process launcher;
    private final double secondsToReady;
    private final Path log;
    private final Path data;

    private StackProcess(Process launcher, double secondsToReady, Path log, Path data) {
        this.launcher = launcher;
        this.secondsToReady = secondsToReady;
        this.log = log;
        this.data = data;
    }

    static StackProcess start(Path home, Path data, Duration timeout) throws IOException, InterruptedException {
        deleteRecursively(data);
        Files.createDirectories(data.resolve("tmp"));
        Path log = data.resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder(java(), "-Djava.io.tmpdir=" + data.resolve("tmp"), "-jar",
                home.resolve("infra/local-stack/target/local-stack.jar").toString(), "up")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LEDGERLINE_DATA_DIR", data.toString());
        Process launcher = builder.start();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the stack did not start, see " + log + ":\n" + tail(log));
            }
            if (Files.readString(log).contains("Ledgerline is up after")) {
                return new StackProcess(launcher, (System.nanoTime() - start) / 1e9, log, data);
            }
            Thread.sleep(100);
        }
        launcher.destroy();
        throw new IllegalStateException("the stack was not ready within " + timeout + ", see " + log);
    }

    double secondsToReady() {
        return secondsToReady;
    }

    /** Resident memory of every process of the stack, by name; PostgreSQL's processes summed as one. */
    Map<String, ProcessMemory> memory() {
        Map<String, ProcessMemory> byName = new TreeMap<>();
        byName.put("launcher", ProcessMemory.of(launcher.pid()));
        postmaster().ifPresent(postmaster -> {
            byName.put("postgresql", ProcessMemory.of(postmaster.pid()));
            postmaster.descendants().forEach(backend -> byName.merge("postgresql", ProcessMemory.of(backend.pid()),
                    ProcessMemory::plus));
        });
        launcher.descendants().forEach(process -> {
            String name = name(process);
            if (name != null) {
                byName.merge(name, ProcessMemory.of(process.pid()), ProcessMemory::plus);
            }
        });
        return byName;
    }

    /** PostgreSQL's postmaster: pg_ctl detaches it from the launcher, so it is found by its data directory. */
    Optional<ProcessHandle> postmaster() {
        String dataDirectory = "-D " + data.resolve("postgres");
        return ProcessHandle.allProcesses().filter(process -> commandLine(process).contains(dataDirectory))
                .findFirst();
    }

    /** How the stack's PostgreSQL runs, e.g. its durability settings, for the report. */
    String postgresCommandLine() {
        return postmaster().map(StackProcess::commandLine).orElse("");
    }

    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc/" + process.pid() + "/cmdline")).replace('\0', ' ').trim();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The process of a service by its jar's name, e.g. {@code task-service}. */
    ProcessHandle service(String name) {
        return launcher.descendants().filter(process -> name.equals(name(process))).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    private static String name(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElse("");
        if (commandLine.contains("kafka.Kafka")) {
            return "kafka";
        }
        int jar = commandLine.indexOf(".jar");
        if (jar > 0 && commandLine.contains("java")) {
            String path = commandLine.substring(0, jar);
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = new ArrayList<>(launcher.descendants().toList());
        launcher.destroy();
        if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    Path log() {
        return log;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
