package dev.mlquiz.store;

import dev.mlquiz.core.delivery.DeliveryLog;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.RoundMessages;

/** Every storage port, backed by one database. */
public final class JdbcStorage {
    private JdbcStorage() {}

    public static QuizStores stores(Database db) {
        return new QuizStores(
                new JdbcRoundStore(db),
                new JdbcAnswerStore(db),
                new JdbcStandings(db),
                new JdbcDeckStore(db),
                new JdbcSettingsStore(db),
                new JdbcDirectory(db),
                new JdbcScheduleStore(db));
    }

    public static RoundMessages roundMessages(Database db) {
        return new JdbcRoundMessages(db);
    }

    /** The platform adapters' de-duplication of retried deliveries, shared by every process on {@code db}. */
    public static DeliveryLog deliveryLog(Database db) {
        return new JdbcDeliveryLog(db);
    }
}
