package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExternalPostgresTest {

    @Test
    void replacesTheDatabaseAndKeepsParameters() {
        assertThat(ExternalPostgres.withDatabase("jdbc:postgresql://db:5432/postgres?sslmode=disable", "t1"))
                .isEqualTo("jdbc:postgresql://db:5432/t1?sslmode=disable");
        assertThat(ExternalPostgres.withDatabase("jdbc:postgresql://db:5432", "t1"))
                .isEqualTo("jdbc:postgresql://db:5432/t1");
    }
}
