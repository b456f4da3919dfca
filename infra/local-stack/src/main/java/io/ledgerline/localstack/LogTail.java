package io.ledgerline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a process log, for failure messages: the last lines of the latest run only. */
final class LogTail {

    private LogTail() {
    }

    /** Each run starts with a line beginning {@code "=== "}; earlier runs in the same log are left out. */
    static String of(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            int from = Math.max(0, all.size() - lines);
            for (int i = all.size() - 1; i > from; i--) {
                if (all.get(i).startsWith("=== ")) {
                    from = i;
                    break;
                }
            }
            return String.join("\n", all.subList(from, all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }
}
