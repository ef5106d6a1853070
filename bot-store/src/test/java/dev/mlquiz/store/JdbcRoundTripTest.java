package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.daily.DayClaim;
import dev.mlquiz.core.deck.Deck;
import dev.mlquiz.core.deck.DeckCard;
import dev.mlquiz.core.deck.StoredDeck;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.store.testing.TempDatabase;
import dev.mlquiz.store.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Round trips on a SQLite file, and upgrades of older SQLite files. */
class JdbcRoundTripTest extends RoundTripContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected TestDatabase db() {
        return db;
    }

    @Test
    void upgrading_a_deck_keeps_its_cycle_and_shuffles_what_was_drawn(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("old.db");
        // A deck of the version before draw counts: q1 and q2 drawn in the current cycle, q3 not yet.
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .javaMigrations(new V6__Totals_from_revealed_rounds())
                .target("7")
                .load()
                .migrate();
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = old.createStatement()) {
            sql.executeUpdate("INSERT INTO deck_cards (deck_key, question_id, position, drawn_seq) VALUES"
                    + " ('channel:a', 'q1', 0, 1), ('channel:a', 'q2', 1, 2), ('channel:a', 'q3', 2, NULL)");
        }

        try (Database upgraded = Database.sqlite(file)) {
            Deck deck = Deck.of(
                    JdbcStorage.stores(upgraded).decks().load("channel:a").cards());

            assertThat(deck.cards())
                    .extracting(c -> c.questionId() + " " + c.timesDrawn())
                    .containsExactlyInAnyOrder("q1 1", "q2 1", "q3 0");
            assertThat(deck.draw(Set.of("q1", "q2", "q3"), new SplittableRandom(1)))
                    .contains("q3");
        }
    }

    @Test
    void upgrading_keeps_every_player_and_their_name(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("old.db");
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .javaMigrations(new V6__Totals_from_revealed_rounds())
                .target("9")
                .load()
                .migrate();
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = old.createStatement()) {
            sql.executeUpdate("INSERT INTO players (player_key, display_name) VALUES"
                    + " ('slack:U1', 'Alice'), ('console:josé', 'José')");
        }

        try (Database upgraded = Database.sqlite(file)) {
            PlayerId alice = new PlayerId(Platform.SLACK, "U1");
            PlayerId jose = PlayerId.fromKey("console:josé");
            JdbcStorage.stores(upgraded).directory().rememberPlayer(new Player(alice, "Alice L."));

            assertThat(JdbcStorage.stores(upgraded).directory().names(List.of(alice, jose)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(alice, "Alice L.", jose, "José"));
        }
    }

    /** A file at the version before several processes shared it, with a deck and a day already posted. */
    static Path beforeSeveralInstances(Path dir) throws SQLException {
        Path file = dir.resolve("old.db");
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .javaMigrations(new V6__Totals_from_revealed_rounds())
                .target("10")
                .load()
                .migrate();
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = old.createStatement()) {
            sql.executeUpdate("INSERT INTO deck_cards (deck_key, question_id, position, times_drawn, drawn_seq) VALUES"
                    + " ('channel:a', 'q1', 0, 1, 1), ('channel:a', 'q2', 1, 0, NULL)");
            sql.executeUpdate("INSERT INTO daily_posts (channel_key, local_date, round_id, claimed_at) VALUES ('"
                    + CHANNEL.key() + "', '2026-03-02', 'round1', 0)");
        }
        return file;
    }

    @Test
    void upgrading_keeps_each_deck_and_gives_it_a_version_to_save_from(@TempDir Path dir) throws SQLException {
        try (Database upgraded = Database.sqlite(beforeSeveralInstances(dir))) {
            StoredDeck deck = JdbcStorage.stores(upgraded).decks().load("channel:a");

            assertThat(deck.version()).isEqualTo(1);
            assertThat(deck.cards()).extracting(DeckCard::questionId).containsExactlyInAnyOrder("q1", "q2");
            assertThat(JdbcStorage.stores(upgraded).decks().save("channel:a", 0, List.of()))
                    .isFalse();
            assertThat(JdbcStorage.stores(upgraded).decks().save("channel:a", 1, List.of()))
                    .isTrue();
        }
    }

    @Test
    void upgrading_settles_every_day_already_claimed(@TempDir Path dir) throws SQLException {
        try (Database upgraded = Database.sqlite(beforeSeveralInstances(dir))) {
            DayClaim claim = JdbcStorage.stores(upgraded)
                    .schedules()
                    .claim(
                            CHANNEL,
                            LocalDate.parse("2026-03-02"),
                            new RoundId("round2"),
                            Instant.parse("2026-03-02T12:00:00Z"),
                            Duration.ofMinutes(2));

            assertThat(claim).isEqualTo(new DayClaim(DayClaim.Status.SETTLED, new RoundId("round1")));
        }
    }
}
