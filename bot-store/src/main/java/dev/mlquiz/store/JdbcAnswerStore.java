package dev.mlquiz.store;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

final class JdbcAnswerStore implements AnswerStore {
    private static final String COLUMNS = "round_id, player_key, channel_key, kind, question_id, topic, difficulty,"
            + " choice, correct, points, answered_at";
    private static final String QUALIFIED = "a." + COLUMNS.replace(", ", ", a.");
    private static final String HISTORY =
            "SELECT " + QUALIFIED + " FROM answers a JOIN rounds r ON r.round_id = a.round_id"
                    + " WHERE a.player_key = ? AND r.closed_at IS NOT NULL AND r.withdrawn = 0";
    private static final String HISTORY_ORDER = " ORDER BY a.answered_at, a.round_id";

    /** An answer's values as {@link #recordAll} takes them: the columns, then its team. */
    private static final List<String> ROW_TYPES = List.of(
            "text", "text", "text", "text", "text", "text", "text", "integer", "integer", "integer", "bigint", "text");

    private final Database db;
    private final String record;
    /** Where the dialect takes arrays, the answers of a transaction go in one statement. */
    private final Optional<ArrayRows> recordAll;

    JdbcAnswerStore(Database db) {
        this.db = db;
        this.record = "INSERT INTO answers (" + COLUMNS + ", team_key) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + paidOnce("?", "?", "?", "?") + ", ?, ?"
                + " WHERE EXISTS (SELECT 1 FROM rounds WHERE round_id = ? AND closed_at IS NULL"
                + db.dialect().lockRead() + ")"
                + " ON CONFLICT (round_id, player_key) DO NOTHING";
        List<String> columns = List.of((COLUMNS + ", team_key").split(", "));
        this.recordAll = ArrayRows.of(
                db.dialect(),
                columns,
                ROW_TYPES,
                "INSERT INTO answers (" + COLUMNS + ", team_key) SELECT "
                        + columns.stream()
                                .map(column -> column.equals("points")
                                        ? paidOnce("i.player_key", "i.question_id", "i.team_key", "i.points")
                                        : "i." + column)
                                .collect(Collectors.joining(", "))
                        + " FROM input i WHERE EXISTS (SELECT 1 FROM rounds r WHERE r.round_id = i.round_id"
                        + " AND r.closed_at IS NULL" + db.dialect().lockRead() + ")"
                        + " ON CONFLICT (round_id, player_key) DO NOTHING",
                "round_id, player_key");
    }

    /** The points of an answer, or 0 when the player has been paid for its question in its team already. */
    private static String paidOnce(String player, String question, String team, String points) {
        return "CASE WHEN EXISTS (SELECT 1 FROM answers s WHERE s.player_key = " + player + " AND s.question_id = "
                + question + " AND s.team_key = " + team + " AND s.points > 0) THEN 0 ELSE " + points + " END";
    }

    @Override
    public boolean record(Answer answer) {
        // One statement, so concurrent clicks need no lock: the primary key keeps the first and drops the
        // rest, an answer to a round closed meanwhile (by any process) inserts nothing, and points for a
        // question already scored in the team are zeroed in the same atomic step. Where transactions
        // overlap (PostgreSQL), the round stays open until this one commits, so a close by another process
        // waits for it and then counts it: no answer lands after its round's reveal. There, too, an answer
        // that would score first takes the key lock of its player, question and team: the check reads a
        // snapshot and locks nothing, so two such answers recorded at once by two processes would both pay.
        // The writer takes a transaction's locks in one statement, before its units. Where the dialect takes
        // arrays (PostgreSQL), the batch's answers go in one statement too, and a transaction of such writes
        // only (locks, answers, names, COMMIT) in one round trip.
        Optional<Long> paid = answer.points() > 0
                ? Optional.of(KeyLocks.key(
                        "paid",
                        answer.player().key(),
                        answer.questionId(),
                        answer.channel().team().key()))
                : Optional.empty();
        ArrayRows.Row row = row(answer);
        if (recordAll.isPresent()) {
            return db.writeRow(recordAll.get(), paid, row) == 1;
        }
        // The row's values in the order of the statement's marks: the columns, the paid-once check's player,
        // question and team, the points, the time and team, and the round checked open.
        Object[] v = row.values();
        Object[] parameters = {
            v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[1], v[4], v[11], v[9], v[10], v[11], v[0]
        };
        int inserted =
                paid.isPresent() ? db.updateLocked(paid.get(), record, parameters) : db.update(record, parameters);
        return inserted == 1;
    }

    /**
     * The answer as a row of {@link #recordAll}: apart from any other answer of its player to its round (the
     * key it is written under) and to its question in its team (whose payment it checks).
     */
    private static ArrayRows.Row row(Answer answer) {
        return new ArrayRows.Row(
                List.of(
                        List.of(answer.round().value(), answer.player().key()),
                        List.of(
                                answer.player().key(),
                                answer.questionId(),
                                answer.channel().team().key())),
                answer.round().value(),
                answer.player().key(),
                answer.channel().key(),
                answer.kind().name(),
                answer.questionId(),
                answer.topicId(),
                answer.difficulty().id(),
                answer.choice().ordinal(),
                answer.correct() ? 1 : 0,
                answer.points(),
                answer.answeredAt().toEpochMilli(),
                answer.channel().team().key());
    }

    @Override
    public List<Optional<Boolean>> latestDailyResults(PlayerId player, TeamId team, int limit) {
        // One query for a leaderboard line's streak: the newest revealed daily rounds of the player's
        // channels (read from a covering index), then the player's answer to each of those only.
        return db.query(
                "SELECT a.correct FROM (SELECT round_id, opened_at FROM rounds"
                        + " WHERE kind = 'DAILY' AND withdrawn = 0 AND closed_at IS NOT NULL AND channel_key IN"
                        + " (SELECT DISTINCT p.channel_key FROM answers p JOIN rounds pr ON pr.round_id = p.round_id"
                        + " WHERE p.player_key = ? AND p.team_key = ? AND p.kind = 'DAILY' AND pr.closed_at IS NOT NULL)"
                        + " ORDER BY opened_at DESC, round_id DESC LIMIT ?) r"
                        + " LEFT JOIN answers a ON a.round_id = r.round_id AND a.player_key = ?"
                        + " ORDER BY r.opened_at DESC, r.round_id DESC",
                row -> {
                    int correct = row.getInt(1);
                    return row.wasNull() ? Optional.<Boolean>empty() : Optional.of(correct == 1);
                },
                player.key(),
                team.key(),
                Math.max(0, limit),
                player.key());
    }

    @Override
    public Optional<Answer> find(RoundId round, PlayerId player) {
        return db.queryOne(
                "SELECT " + COLUMNS + " FROM answers WHERE round_id = ? AND player_key = ?",
                JdbcAnswerStore::answer,
                round.value(),
                player.key());
    }

    @Override
    public List<Answer> forRound(RoundId round) {
        return db.query(
                "SELECT " + COLUMNS + " FROM answers WHERE round_id = ? ORDER BY answered_at, player_key",
                JdbcAnswerStore::answer,
                round.value());
    }

    @Override
    public int countForRound(RoundId round) {
        return db.queryOne("SELECT COUNT(*) FROM answers WHERE round_id = ?", row -> row.getInt(1), round.value())
                .orElse(0);
    }

    @Override
    public List<Answer> history(PlayerId player) {
        return db.query(HISTORY + HISTORY_ORDER, JdbcAnswerStore::answer, player.key());
    }

    @Override
    public List<Answer> history(PlayerId player, TeamId team) {
        return db.query(
                HISTORY + " AND a.team_key = ?" + HISTORY_ORDER, JdbcAnswerStore::answer, player.key(), team.key());
    }

    private static Answer answer(ResultSet row) throws SQLException {
        return new Answer(
                new RoundId(row.getString("round_id")),
                PlayerId.fromKey(row.getString("player_key")),
                ChannelId.fromKey(row.getString("channel_key")),
                RoundKind.valueOf(row.getString("kind")),
                row.getString("question_id"),
                row.getString("topic"),
                Difficulty.parse(row.getString("difficulty")).orElseThrow(),
                Letter.at(row.getInt("choice")),
                row.getInt("correct") == 1,
                row.getInt("points"),
                Instant.ofEpochMilli(row.getLong("answered_at")));
    }
}
