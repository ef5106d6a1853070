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
import java.util.Collections;
import java.util.Comparator;
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
            db.query(cardsOf(chunk.size()), JdbcMemoryCards::keyedCard, parameters(questionId, chunk))
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
    public void review(String questionId, List<Review> reviews, Reviewer reviewer) {
        if (!reviews.isEmpty()) {
            db.write(context -> apply(context, questionId, reviews, reviewer));
        }
    }

    @Override
    public boolean reviewRevealed(RoundId round, int step, String questionId, List<Review> reviews, Reviewer reviewer) {
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
                apply(context, questionId, reviews, reviewer);
            }
            return true;
        });
    }

    /**
     * In the unit's transaction: the cards' key locks first (on PostgreSQL, where a first card has no row to
     * lock yet; SQLite has one writer), then the read, the reviews and the upserts, so no other review of
     * these cards comes in between.
     */
    private int[] apply(WriteContext context, String questionId, List<Review> reviews, Reviewer reviewer)
            throws SQLException {
        List<Review> inOrder =
                reviews.stream().sorted(Comparator.comparing(Review::at)).collect(Collectors.toList());
        List<PlayerId> players = inOrder.stream().map(Review::player).distinct().collect(Collectors.toList());
        KeyLocks.take(
                context,
                db.dialect(),
                players.stream().map(player -> KeyLocks.key("memory-card", player.key(), questionId)));
        Map<PlayerId, MemoryCard> known = new HashMap<>();
        for (int from = 0; from < players.size(); from += LOOKUP_CHUNK) {
            read(context, questionId, players.subList(from, Math.min(players.size(), from + LOOKUP_CHUNK)), known);
        }
        PreparedStatement statement = null;
        for (Review review : inOrder) {
            MemoryCard card = reviewer.review(Optional.ofNullable(known.get(review.player())), review);
            known.put(review.player(), card);
            statement = context.batchStatement(
                    SAVE,
                    statement == null,
                    review.player().key(),
                    questionId,
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

    private static void read(
            WriteContext context, String questionId, List<PlayerId> players, Map<PlayerId, MemoryCard> into)
            throws SQLException {
        List<String> keys = players.stream().map(PlayerId::key).collect(Collectors.toList());
        context.query(cardsOf(keys.size()), JdbcMemoryCards::keyedCard, parameters(questionId, keys))
                .forEach(entry -> into.put(entry.getKey(), entry.getValue()));
    }

    /** The cards of one question for {@code players} players, bound by {@link #parameters}. */
    private static String cardsOf(int players) {
        return "SELECT player_key, " + CARD_COLUMNS + " FROM memory_cards WHERE question_id = ? AND player_key IN ("
                + String.join(", ", Collections.nCopies(players, "?")) + ")";
    }

    private static Object[] parameters(String questionId, List<String> playerKeys) {
        List<Object> parameters = new ArrayList<>(playerKeys.size() + 1);
        parameters.add(questionId);
        parameters.addAll(playerKeys);
        return parameters.toArray();
    }

    private static Map.Entry<PlayerId, MemoryCard> keyedCard(ResultSet row) throws SQLException {
        return Map.entry(PlayerId.fromKey(row.getString(1)), card(row));
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
