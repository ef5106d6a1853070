package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.store.testing.PostgresServer;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * Opening a PostgreSQL database that cannot be used fails at once with one line saying which database
 * and why, fit to show as it is: never the password.
 */
class PostgresConnectTest {
    static final String SECRET = PostgresServer.PASSWORD;

    final PostgresServer server = PostgresServer.get();

    @Test
    void a_wrong_password_names_the_database_and_the_user_but_not_the_password() {
        assertThatThrownBy(() ->
                        Database.postgres(server.jdbcUrl("mlquiz_template"), PostgresServer.USER, "wrong-" + SECRET))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertOneLineWithout(e, "wrong-" + SECRET))
                .hasMessageStartingWith("cannot connect to PostgreSQL database \"mlquiz_template\" on localhost:")
                .hasMessageContaining("as \"mlquiz\"")
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void a_missing_database_is_named() {
        assertThatThrownBy(() -> Database.postgres(server.jdbcUrl("no_such_db"), PostgresServer.USER, SECRET))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertOneLineWithout(e, SECRET))
                .hasMessageContaining("database \"no_such_db\" does not exist");
    }

    @Test
    void a_server_that_does_not_answer_is_refused_at_once() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(
                        () -> Database.postgres("jdbc:postgresql://localhost:" + closedPort + "/mlquiz", "bot", SECRET))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertOneLineWithout(e, SECRET))
                .hasMessageContaining("localhost:" + closedPort)
                .hasMessageContaining("refused");
    }

    @Test
    void an_unknown_host_is_named() {
        assertThatThrownBy(() -> Database.postgres("jdbc:postgresql://no-such-host.invalid/mlquiz", "bot", SECRET))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertOneLineWithout(e, SECRET))
                .hasMessageContaining("no-such-host.invalid");
    }

    @Test
    void a_url_of_another_database_is_refused() {
        assertThatThrownBy(() -> Database.postgres("jdbc:mysql://localhost/mlquiz", "bot", SECRET))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertOneLineWithout(e, SECRET))
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void the_server_lists_the_bot_by_its_application_name() {
        try (Database db = Database.postgres(server.jdbcUrl("mlquiz_template"), PostgresServer.USER, SECRET)) {
            assertThat(db.queryOne("SELECT current_setting('application_name')", row -> row.getString(1)))
                    .contains("mlquiz");
        }
    }

    static void assertOneLineWithout(Throwable failure, String secret) {
        assertThat(failure.getMessage()).doesNotContain(secret).doesNotContain("\n");
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(secret);
        }
    }
}
