package io.ledgerline.testsupport;

import java.util.Optional;

/** Reads the environment variables that name external servers; blank counts as unset. */
final class Env {

    static final String POSTGRES_URL = "LEDGERLINE_POSTGRES_URL";
    static final String POSTGRES_USER = "LEDGERLINE_POSTGRES_USER";
    static final String POSTGRES_PASSWORD = "LEDGERLINE_POSTGRES_PASSWORD";
    static final String KAFKA_BOOTSTRAP_SERVERS = "LEDGERLINE_KAFKA_BOOTSTRAP_SERVERS";

    private Env() {
    }

    static Optional<String> get(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
