package io.ledgerline.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the nearest folder, at or above a start, with {@code pom.xml} and {@code ledgerline}. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("ledgerline"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No Ledgerline repository (a folder with pom.xml and ledgerline) at or above "
                + start.toAbsolutePath() + "; run from the repository or set LEDGERLINE_HOME");
    }
}
