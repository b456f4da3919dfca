package io.ledgerline.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real HTTP server standing in for one Ledgerline service: records what reached it and answers 200 (or as told). */
final class DownstreamStub implements AutoCloseable {

    /** One request as the service saw it. */
    record Received(String method, String pathAndQuery, Headers headers, long bodyBytes) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final String service;
    private final Duration delay;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile int status = 200;

    private DownstreamStub(String service, Duration delay) throws IOException {
        this.service = service;
        this.delay = delay;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static DownstreamStub start(String service) {
        return start(service, Duration.ZERO);
    }

    static DownstreamStub start(String service, Duration delay) {
        try {
            return new DownstreamStub(service, delay);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the " + service + " stub", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Received takeRequest() throws InterruptedException {
        Received request = received.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError(service + " stub received no request");
        }
        return request;
    }

    boolean receivedNothing() {
        return received.isEmpty();
    }

    void clear() {
        received.clear();
        status = 200;
    }

    /** Answers every following request with this status. */
    void respondWith(int httpStatus) {
        this.status = httpStatus;
    }

    int receivedCount() {
        return received.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.transferTo(OutputStream.nullOutputStream());
        }
        String query = exchange.getRequestURI().getRawQuery();
        String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        received.add(new Received(exchange.getRequestMethod(), pathAndQuery, exchange.getRequestHeaders(), bodyBytes));
        pause();
        byte[] response = ("{\"service\":\"" + service + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (requestId != null) {
            exchange.getResponseHeaders().set("X-Request-Id", requestId); // as the real services echo it
        }
        exchange.sendResponseHeaders(status, response.length);
        exchange.getResponseBody().write(response);
        exchange.close();
    }

    private void pause() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
