package dev.mlquiz.store;

import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.answer.AnswerStoreContract;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresAnswerStoreTest extends AnswerStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected AnswerStore store() {
        return db.stores().answers();
    }

    @Override
    protected RoundStore rounds() {
        return db.stores().rounds();
    }
}
