package io.ledgerline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Stacks for tests: a fresh data directory under target/ and free ports for PostgreSQL and the broker, so a test
 * never collides with a stack a developer (or another build) is running.
 */
final class TestStacks {

    private TestStacks() {
    }

    /** A stack builder on a fresh data directory named after the test, with free database and broker ports. */
    static LocalStackBuilder fresh(String name) {
        return LocalStack.configure().dataDirectory(freshDataDirectory(name)).postgresPort(freePort())
                .kafkaPort(freePortPair());
    }

    /**
     * JVM options for stacks whose load goes through the gateway as two users at tens of commands per second: the
     * gateway's per-subject rate limit (20 a second) is meant for one real user, not for a load driver.
     */
    static String javaOptionsForGatewayLoad() {
        return StackSettings.DEFAULT_JAVA_OPTIONS + " -Dledgerline.gateway.rate-limit.capacity=1000"
                + " -Dledgerline.gateway.rate-limit.refill-per-second=1000";
    }

    static Path freshDataDirectory(String name) {
        try {
            return Files.createDirectories(Path.of("target/it-stack/" + name + "-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kafka needs two neighbouring ports: its own and its controller's. */
    static int freePortPair() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = freePort();
            if (port < 65535 && Ports.isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("No two neighbouring free ports");
    }
}
