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
