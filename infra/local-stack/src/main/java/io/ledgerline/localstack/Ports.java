package io.ledgerline.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Fails fast, naming the port and its owner, instead of letting a child process die on a bind error later. */
final class Ports {

    private Ports() {
    }

    static void requireFree(Map<Integer, String> ports) {
        ports.forEach((port, owner) -> {
            if (!isFree(port)) {
                throw new IllegalStateException("Port " + port + " for " + owner + " is already in use. "
                        + "Is another stack running? Stop it or free the port (e.g. `ss -ltnp 'sport = :" + port
                        + "'`).");
            }
        });
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
