package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

    @TempDir
    Path temp;

    @Test
    void findsTheNearestFolderWithPomAndLauncherScript() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve("ledgerline"), "#!/bin/bash");
        Path module = Files.createDirectories(root.resolve("task-service/app"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");

        assertThat(RepositoryRoot.find(module)).isEqualTo(root);
        assertThat(RepositoryRoot.find(root)).isEqualTo(root);
    }

    @Test
    void explainsWhatToDoOutsideARepository() {
        assertThatIllegalStateException().isThrownBy(() -> RepositoryRoot.find(temp))
                .withMessageContaining("LEDGERLINE_HOME");
    }
}
