package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    private final TestPostgres postgres = TestPostgres.instance();

    @Test
    void answersSelectOne() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select 1")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void storesAndReadsBackBytea() throws SQLException {
        byte[] payload = {0, 1, 2, (byte) 0xff, 42};
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists blob_roundtrip (id int primary key, payload bytea)");
            try (PreparedStatement insert = connection.prepareStatement("insert into blob_roundtrip values (?, ?)"
                    + " on conflict (id) do update set payload = excluded.payload")) {
                insert.setInt(1, 1);
                insert.setBytes(2, payload);
                insert.executeUpdate();
            }
            try (ResultSet result = statement.executeQuery("select payload from blob_roundtrip where id = 1")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getBytes(1)).isEqualTo(payload);
            }
        }
    }

    @Test
    void isOneServerPerJvm() {
        assertThat(TestPostgres.instance()).isSameAs(postgres);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }
}
