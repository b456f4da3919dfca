package io.ledgerline.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops the per-JVM servers when the test JVM exits. */
final class ShutdownHooks {

    private static final Logger log = LoggerFactory.getLogger(ShutdownHooks.class);

    private ShutdownHooks() {
    }

    static void register(String name, AutoCloseable resource) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(name, resource), "ledgerline-stop-" + name));
    }

    private static void close(String name, AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("Could not stop test {}: {}", name, e.toString());
        }
    }
}
