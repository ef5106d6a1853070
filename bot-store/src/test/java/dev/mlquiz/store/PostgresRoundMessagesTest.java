package dev.mlquiz.store;

import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.round.RoundMessagesContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRoundMessagesTest extends RoundMessagesContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected RoundMessages messages() {
        return JdbcStorage.roundMessages(db.database());
    }
}
