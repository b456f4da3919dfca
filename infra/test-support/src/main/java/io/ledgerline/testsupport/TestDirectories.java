package io.ledgerline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The build points {@code java.io.tmpdir} at {@code target/tmp}; embedded servers write there, so it must exist. */
final class TestDirectories {

    private TestDirectories() {
    }

    static Path tmp() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("java.io.tmpdir " + tmp + " is not usable", e);
        }
        if (!Files.isWritable(tmp)) {
            throw new IllegalStateException("java.io.tmpdir " + tmp + " is not writable");
        }
        return tmp;
    }
}
