package io.ledgerline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The one folder that holds everything the stack writes, so that it survives restarts and is easy to wipe. */
record DataDirectory(Path root) {

    Path postgres() {
        return root.resolve("postgres");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path log(String process) {
        return logs().resolve(process + ".log");
    }

    /**
     * Creates the folders. As root, embedded PostgreSQL runs its binaries as {@code nobody}, so the data folder and
     * the temporary folder (where the binaries are unpacked) must be reachable by other users.
     */
    DataDirectory create() {
        try {
            for (Path dir : new Path[] {root, kafka(), logs(), tmp()}) {
                Files.createDirectories(dir);
            }
            for (Path dir : new Path[] {root, tmp()}) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
    }
}
