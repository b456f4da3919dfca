package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path temp;

    @Test
    void showsOnlyTheLatestRun() throws IOException {
        Path log = Files.writeString(temp.resolve("task-service.log"),
                "=== run 1\nold failure\n=== run 2\nUnrecognized VM option\n");

        assertThat(LogTail.of(log, 40)).isEqualTo("=== run 2\nUnrecognized VM option");
    }

    @Test
    void keepsTheLastLinesOfALongRun() throws IOException {
        Path log = Files.writeString(temp.resolve("kafka.log"), "=== run\na\nb\nc\n");

        assertThat(LogTail.of(log, 2)).isEqualTo("b\nc");
    }
}
