package dev.mlquiz.store;

import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.round.RoundMessagesContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcRoundMessagesTest extends RoundMessagesContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected RoundMessages messages() {
        return JdbcStorage.roundMessages(db.database());
    }
}
