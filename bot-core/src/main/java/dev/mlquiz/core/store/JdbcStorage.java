package dev.mlquiz.core.store;

import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.RoundMessages;

/** Every storage port, backed by one database. */
public final class JdbcStorage {
    private JdbcStorage() {}

    public static QuizStores stores(Database db) {
        TotalsApplier totals = db.totalsApplier();
        return new QuizStores(
                new JdbcRoundStore(db),
                new JdbcAnswerStore(db, totals),
                new JdbcStandings(db, totals),
                new JdbcDeckStore(db),
                new JdbcSettingsStore(db),
                new JdbcDirectory(db),
                new JdbcScheduleStore(db));
    }

    public static RoundMessages roundMessages(Database db) {
        return new JdbcRoundMessages(db);
    }
}
