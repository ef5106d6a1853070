package dev.mlquiz.store;

import dev.mlquiz.core.deck.DeckCard;
import dev.mlquiz.core.deck.DeckStore;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.OptionalLong;

final class JdbcDeckStore implements DeckStore {
    private final Database db;

    JdbcDeckStore(Database db) {
        this.db = db;
    }

    @Override
    public List<DeckCard> load(String deckKey) {
        return db.query(
                "SELECT question_id, position, times_drawn, drawn_seq FROM deck_cards WHERE deck_key = ?",
                row -> {
                    long seq = row.getLong("drawn_seq");
                    OptionalLong drawnSeq = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(seq);
                    return new DeckCard(
                            row.getString("question_id"), row.getLong("position"), row.getInt("times_drawn"), drawnSeq);
                },
                deckKey);
    }

    @Override
    public void save(String deckKey, List<DeckCard> cards) {
        db.write(context -> {
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
            return null;
        });
    }
}
