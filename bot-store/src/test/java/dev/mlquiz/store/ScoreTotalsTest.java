package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.store.testing.TempDatabase;
import dev.mlquiz.store.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The score_totals table on SQLite, and the upgrade of an older SQLite file. */
class ScoreTotalsTest extends ScoreTotalsContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected TestDatabase db() {
        return db;
    }

    @Test
    void upgrading_re_derives_totals_from_revealed_rounds_only(@TempDir Path dir) {
        Path file = dir.resolve("old.db");
        // A database of the version before points waited for the reveal: every answer already in the totals.
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .target("4")
                .load()
                .migrate();
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = old.createStatement()) {
            for (String round : new String[] {"open1", "closed1"}) {
                boolean closed = round.startsWith("closed");
                sql.executeUpdate("INSERT INTO rounds (round_id, kind, team_key, channel_key, question_id,"
                        + " option_order, opened_at, closes_at, closed_at) VALUES ('" + round + "', 'DAILY', '"
                        + TEAM.key() + "', '" + CHANNELS.get(0).key() + "', 'q', '0123', 0, 1, "
                        + (closed ? "1" : "NULL") + ")");
                sql.executeUpdate("INSERT INTO answers (round_id, player_key, team_key, channel_key, kind,"
                        + " question_id, topic, difficulty, choice, correct, points, answered_at) VALUES ('" + round
                        + "', 'slack:U1', '" + TEAM.key() + "', '"
                        + CHANNELS.get(0).key() + "', 'DAILY', 'q',"
                        + " 'core-concepts', 'advanced', 0, 1, 3, " + NOW.toEpochMilli() + ")");
            }
            sql.executeUpdate("INSERT INTO score_totals VALUES ('" + TEAM.key() + "', 'all', 'slack:U1', 6, 2, 2)");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        try (Database upgraded = Database.sqlite(file)) {
            Board board =
                    JdbcStorage.stores(upgraded).standings().board(Scope.team(TEAM), Period.ALL, 10, Optional.empty());

            assertThat(board.top())
                    .extracting(t -> t.player().value() + " " + t.points() + " " + t.correct() + "/" + t.answered())
                    .containsExactly("U1 3 1/1");
        }
    }
}
