package dev.mlquiz.store;

import dev.mlquiz.core.delivery.DeliveryLog;
import dev.mlquiz.core.install.Installations;
import dev.mlquiz.core.install.OAuthStates;
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
                new JdbcScheduleStore(db),
                new JdbcMemoryCards(db),
                new JdbcReports(db));
    }

    public static RoundMessages roundMessages(Database db) {
        return new JdbcRoundMessages(db);
    }

    /** The platform adapters' de-duplication of retried deliveries, shared by every process on {@code db}. */
    public static DeliveryLog deliveryLog(Database db) {
        return new JdbcDeliveryLog(db);
    }

    /** The workspaces a distributed app is installed in, shared by every process on {@code db}. */
    public static Installations installations(Database db) {
        return new JdbcInstallations(db);
    }

    /** The states of installs in progress, so an install may finish on any process on {@code db}. */
    public static OAuthStates oauthStates(Database db) {
        return new JdbcOAuthStates(db);
    }

    /**
     * Derives every team's totals, and the counts of players at each total, from the record alone, in one
     * transaction: for answers loaded around the store (a benchmark's data set), never while the bot runs.
     */
    public static void deriveTotals(Database db) {
        db.write(context -> {
            ScoreTotals.rebuildAll(context);
            context.statement("DELETE FROM players_by_points").executeUpdate();
            context.statement("INSERT INTO players_by_points (scope_key, period, points, players)"
                            + " SELECT scope_key, period, points, COUNT(*) FROM score_totals"
                            + " GROUP BY scope_key, period, points")
                    .executeUpdate();
            return null;
        });
    }
}
