package io.ledgerline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's memory from {@code /proc}: RSS ({@code VmRSS}) and PSS ({@code smaps_rollup}, which shares pages
 * such as PostgreSQL's shared buffers fairly between the processes that map them), in MiB; {@code processes} counts
 * how many were summed.
 */
record ProcessMemory(double rssMiB, double pssMiB, int processes) {

    static ProcessMemory of(long pid) {
        return new ProcessMemory(kib(Path.of("/proc/" + pid + "/status"), "VmRSS:") / 1024.0,
                kib(Path.of("/proc/" + pid + "/smaps_rollup"), "Pss:") / 1024.0, 1);
    }

    ProcessMemory plus(ProcessMemory other) {
        return new ProcessMemory(rssMiB + other.rssMiB, pssMiB + other.pssMiB, processes + other.processes);
    }

    private static long kib(Path file, String field) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(field))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
