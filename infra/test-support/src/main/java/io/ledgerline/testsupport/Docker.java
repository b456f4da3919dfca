package io.ledgerline.testsupport;

import org.testcontainers.DockerClientFactory;

/** Whether Testcontainers can reach a Docker engine; any failure to find out means "no". */
final class Docker {

    private static volatile Boolean available;

    private Docker() {
    }

    static boolean isAvailable() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    private static boolean probe() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) { // NoClassDefFoundError and friends count as "no Docker" too
            return false;
        }
    }
}
