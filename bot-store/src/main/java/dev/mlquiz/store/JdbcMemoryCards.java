package dev.mlquiz.store;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.review.MemoryCard;
import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.review.MemoryState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class JdbcMemoryCards implements MemoryCardStore {
    private static final int LOOKUP_CHUNK = 500;
    private static final String CARD_COLUMNS = "state, step, stability, difficulty, due_at, last_review_at";
    private static final String SAVE = "INSERT INTO memory_cards (player_key, question_id, " + CARD_COLUMNS
            + ", reviews, right_answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (player_key, question_id)"
            + " DO UPDATE SET state = excluded.state, step = excluded.step, stability = excluded.stability,"
            + " difficulty = excluded.difficulty, due_at = excluded.due_at, last_review_at = excluded.last_review_at,"
            + " reviews = memory_cards.reviews + 1, right_answers = memory_cards.right_answers + excluded.right_answers";

    private final Database db;

    JdbcMemoryCards(Database db) {
        this.db = db;
    }

    @Override
    public Map<PlayerId, MemoryCard> cards(String questionId, Collection<PlayerId> players) {
        List<String> keys = players.stream().map(PlayerId::key).distinct().collect(Collectors.toList());
        Map<PlayerId, MemoryCard> cards = new HashMap<>();
        for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + LOOKUP_CHUNK));
            List<Object> parameters = new ArrayList<>(chunk.size() + 1);
            parameters.add(questionId);
            parameters.addAll(chunk);
            db.query(
                            "SELECT player_key, " + CARD_COLUMNS + " FROM memory_cards WHERE question_id = ?"
                                    + " AND player_key IN ("
                                    + chunk.stream().map(k -> "?").collect(Collectors.joining(", "))
                                    + ")",
                            row -> Map.entry(PlayerId.fromKey(row.getString(1)), card(row)),
                            parameters.toArray())
                    .forEach(e -> cards.put(e.getKey(), e.getValue()));
        }
        return cards;
    }

    @Override
    public Set<String> questions(PlayerId player) {
        return new HashSet<>(db.query(
                "SELECT question_id FROM memory_cards WHERE player_key = ?", row -> row.getString(1), player.key()));
    }

    @Override
    public void save(List<Reviewed> reviews) {
        if (reviews.isEmpty()) {
            return;
        }
        db.write(context -> saveCards(context, reviews));
    }

    @Override
    public boolean saveRevealed(RoundId round, int step, List<Reviewed> reviews) {
        return db.write(context -> {
            int first = context.statement(
                            "INSERT INTO rated_reveal_steps (round_id, step) VALUES (?, ?) ON CONFLICT DO NOTHING",
                            round.value(),
                            step)
                    .executeUpdate();
            if (first == 0) {
                return false;
            }
            if (!reviews.isEmpty()) {
                saveCards(context, reviews);
            }
            return true;
        });
    }

    private static int[] saveCards(WriteContext context, List<Reviewed> reviews) throws SQLException {
        PreparedStatement statement = null;
        for (Reviewed review : reviews) {
            MemoryCard card = review.card();
            statement = context.batchStatement(
                    SAVE,
                    statement == null,
                    review.player().key(),
                    review.questionId(),
                    card.state().name(),
                    card.step().orElse(null),
                    card.stability().orElse(null),
                    card.difficulty().orElse(null),
                    card.due().toEpochMilli(),
                    card.lastReview().map(Instant::toEpochMilli).orElse(null),
                    review.right() ? 1 : 0);
        }
        return statement.executeBatch();
    }

    @Override
    public List<DueCard> due(PlayerId player, Instant now, int limit) {
        return db.query(
                "SELECT question_id, due_at FROM memory_cards WHERE player_key = ? AND due_at <= ?"
                        + " ORDER BY due_at, question_id LIMIT ?",
                row -> new DueCard(row.getString(1), Instant.ofEpochMilli(row.getLong(2))),
                player.key(),
                now.toEpochMilli(),
                Math.max(0, limit));
    }

    @Override
    public List<Integer> countDue(PlayerId player, List<Instant> untils, Set<String> except) {
        if (untils.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(untils.size() * 2 + except.size() + 1);
        untils.forEach(until -> parameters.add(until.toEpochMilli()));
        parameters.add(player.key());
        parameters.add(untils.stream().max(Instant::compareTo).orElseThrow().toEpochMilli());
        parameters.addAll(except);
        String counts = untils.stream()
                .map(until -> "COALESCE(SUM(CASE WHEN due_at <= ? THEN 1 ELSE 0 END), 0)")
                .collect(Collectors.joining(", "));
        String leftOut = except.isEmpty()
                ? ""
                : " AND question_id NOT IN (" + except.stream().map(q -> "?").collect(Collectors.joining(", ")) + ")";
        return db.queryOne(
                        "SELECT " + counts + " FROM memory_cards WHERE player_key = ? AND due_at <= ?" + leftOut,
                        row -> {
                            List<Integer> due = new ArrayList<>(untils.size());
                            for (int i = 1; i <= untils.size(); i++) {
                                due.add(row.getInt(i));
                            }
                            return due;
                        },
                        parameters.toArray())
                .orElseThrow();
    }

    @Override
    public Tally tally(PlayerId player) {
        return db.queryOne(
                        "SELECT COALESCE(SUM(reviews), 0), COALESCE(SUM(right_answers), 0) FROM memory_cards"
                                + " WHERE player_key = ?",
                        row -> new Tally(row.getInt(1), row.getInt(2)),
                        player.key())
                .orElse(new Tally(0, 0));
    }

    @Override
    public boolean optedOut(PlayerId player) {
        return db.queryOne("SELECT 1 FROM review_optouts WHERE player_key = ?", row -> true, player.key())
                .isPresent();
    }

    @Override
    public void setOptedOut(PlayerId player, boolean out) {
        db.update(
                out
                        ? "INSERT INTO review_optouts (player_key) VALUES (?) ON CONFLICT (player_key) DO NOTHING"
                        : "DELETE FROM review_optouts WHERE player_key = ?",
                player.key());
    }

    private static MemoryCard card(ResultSet row) throws SQLException {
        int step = row.getInt("step");
        Optional<Integer> maybeStep = row.wasNull() ? Optional.empty() : Optional.of(step);
        double stability = row.getDouble("stability");
        Optional<Double> maybeStability = row.wasNull() ? Optional.empty() : Optional.of(stability);
        double difficulty = row.getDouble("difficulty");
        Optional<Double> maybeDifficulty = row.wasNull() ? Optional.empty() : Optional.of(difficulty);
        long last = row.getLong("last_review_at");
        Optional<Instant> lastReview = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
        return new MemoryCard(
                MemoryState.valueOf(row.getString("state")),
                maybeStep,
                maybeStability,
                maybeDifficulty,
                Instant.ofEpochMilli(row.getLong("due_at")),
                lastReview);
    }
}
