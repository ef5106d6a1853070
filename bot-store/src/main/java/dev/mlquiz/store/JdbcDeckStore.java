package dev.mlquiz.store;

import dev.mlquiz.core.deck.DeckCard;
import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.deck.StoredDeck;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Decks in {@code deck_cards}, each with its version in {@code decks}. */
final class JdbcDeckStore implements DeckStore {
    private final Database db;

    JdbcDeckStore(Database db) {
        this.db = db;
    }

    /** One row of the load: the deck's version, and a card unless the deck was saved empty. */
    private record Row(long version, Optional<DeckCard> card) {}

    /** One statement, so the cards and their version come from the same snapshot. */
    @Override
    public StoredDeck load(String deckKey) {
        List<Row> rows = db.query(
                "SELECT d.version, c.question_id, c.position, c.times_drawn, c.drawn_seq FROM decks d"
                        + " LEFT JOIN deck_cards c ON c.deck_key = d.deck_key WHERE d.deck_key = ?",
                JdbcDeckStore::row,
                deckKey);
        if (rows.isEmpty()) {
            return StoredDeck.empty();
        }
        return new StoredDeck(
                rows.stream().flatMap(r -> r.card().stream()).toList(),
                rows.get(0).version());
    }

    private static Row row(ResultSet row) throws SQLException {
        long version = row.getLong("version");
        String questionId = row.getString("question_id");
        if (questionId == null) {
            return new Row(version, Optional.empty());
        }
        long seq = row.getLong("drawn_seq");
        OptionalLong drawnSeq = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(seq);
        return new Row(
                version,
                Optional.of(new DeckCard(questionId, row.getLong("position"), row.getInt("times_drawn"), drawnSeq)));
    }

    /**
     * The version moves first, in one conditional statement: of two processes saving from one version,
     * the second finds it moved (PostgreSQL re-reads the row once the first commits) and changes nothing.
     */
    @Override
    public boolean save(String deckKey, long expectedVersion, List<DeckCard> cards) {
        Objects.requireNonNull(cards, "cards");
        return db.write(context -> {
            int moved = expectedVersion == 0
                    ? context.statement(
                                    "INSERT INTO decks (deck_key, version) VALUES (?, 1)"
                                            + " ON CONFLICT (deck_key) DO NOTHING",
                                    deckKey)
                            .executeUpdate()
                    : context.statement(
                                    "UPDATE decks SET version = version + 1 WHERE deck_key = ? AND version = ?",
                                    deckKey,
                                    expectedVersion)
                            .executeUpdate();
            if (moved == 0) {
                return false;
            }
            context.statement("DELETE FROM deck_cards WHERE deck_key = ?", deckKey)
                    .executeUpdate();
            // An upsert, not an insert: where transactions overlap (PostgreSQL), a save by another process
            // committed after this DELETE began left rows it cannot see; the last save still wins.
            PreparedStatement insert =
                    context.statement("INSERT INTO deck_cards (deck_key, question_id, position, times_drawn, drawn_seq)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (deck_key, question_id) DO UPDATE SET"
                            + " position = excluded.position, times_drawn = excluded.times_drawn,"
                            + " drawn_seq = excluded.drawn_seq");
            for (DeckCard card : cards) {
                insert.setString(1, deckKey);
                insert.setString(2, card.questionId());
                insert.setLong(3, card.position());
                insert.setInt(4, card.timesDrawn());
                insert.setObject(
                        5, card.drawnSeq().isPresent() ? card.drawnSeq().getAsLong() : null);
                insert.addBatch();
            }
            insert.executeBatch();
            return true;
        });
    }
}
