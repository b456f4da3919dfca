package io.ledgerline.localstack;

import java.nio.file.Path;

/** Children run on the same JDK as the launcher, whatever {@code java} is first on the PATH. */
final class Jvm {

    private Jvm() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
