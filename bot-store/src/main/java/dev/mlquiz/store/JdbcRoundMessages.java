package dev.mlquiz.store;

import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.RoundMessages;
import java.util.Optional;

final class JdbcRoundMessages implements RoundMessages {
    private final Database db;

    JdbcRoundMessages(Database db) {
        this.db = db;
    }

    @Override
    public void attach(RoundId round, String messageRef) {
        db.update(
                "INSERT INTO round_messages (round_id, message_ref) VALUES (?, ?)"
                        + " ON CONFLICT (round_id) DO UPDATE SET message_ref = excluded.message_ref",
                round.value(),
                messageRef);
    }

    @Override
    public Optional<String> messageRef(RoundId round) {
        return db.queryOne(
                "SELECT message_ref FROM round_messages WHERE round_id = ?", row -> row.getString(1), round.value());
    }
}
