package io.ledgerline.testsupport;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** PostgreSQL in a Testcontainers container, for machines with a Docker engine. */
final class ContainerPostgres {

    private static final DockerImageName IMAGE = DockerImageName.parse("postgres:16-alpine");

    private ContainerPostgres() {
    }

    static TestPostgres start() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
        container.start();
        ShutdownHooks.register("postgres-container", container::stop);
        return new TestPostgres(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
