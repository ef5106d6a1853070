package dev.mlquiz.core.store;

import dev.mlquiz.core.score.Period;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Writes sums into the score_totals table; keys are scope, period and player joined by NUL. */
final class ScoreTotals {
    private static final char SEPARATOR = '\u0000';
    private static final String UPSERT = "INSERT INTO score_totals (scope_key, period, player_key, points, correct,"
            + " answered) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope_key, period, player_key) DO UPDATE SET"
            + " points = score_totals.points + excluded.points,"
            + " correct = score_totals.correct + excluded.correct,"
            + " answered = score_totals.answered + excluded.answered";

    private ScoreTotals() {}

    static String key(String scope, Period period, String player) {
        return scope + SEPARATOR + period.key() + SEPARATOR + player;
    }

    /** Adds each sum (points, correct, answered) to its row, creating rows as needed. */
    static void upsert(Connection connection, Map<String, int[]> sums) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Map.Entry<String, int[]> entry : sums.entrySet()) {
                String key = entry.getKey();
                int first = key.indexOf(SEPARATOR);
                int second = key.indexOf(SEPARATOR, first + 1);
                upsert.setString(1, key.substring(0, first));
                upsert.setString(2, key.substring(first + 1, second));
                upsert.setString(3, key.substring(second + 1));
                upsert.setInt(4, entry.getValue()[0]);
                upsert.setInt(5, entry.getValue()[1]);
                upsert.setInt(6, entry.getValue()[2]);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
