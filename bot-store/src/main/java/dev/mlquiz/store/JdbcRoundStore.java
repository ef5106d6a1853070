package dev.mlquiz.store;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class JdbcRoundStore implements RoundStore {
    private static final String COLUMNS =
            "round_id, kind, channel_key, owner_key, question_id, option_order, opened_at, closes_at, closed_at, note";

    private final Database db;

    JdbcRoundStore(Database db) {
        this.db = db;
    }

    @Override
    public Round open(Round candidate) {
        // The partial unique indexes allow one open ASK round per channel and one open PRACTICE per owner.
        int inserted = db.update(
                "INSERT INTO rounds (" + COLUMNS + ", team_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                candidate.id().value(),
                candidate.kind().name(),
                candidate.channel().key(),
                candidate.owner().map(PlayerId::key).orElse(null),
                candidate.questionId(),
                candidate.order().digits(),
                candidate.openedAt().toEpochMilli(),
                candidate.closesAt().toEpochMilli(),
                candidate.closedAt().map(Instant::toEpochMilli).orElse(null),
                candidate.note().orElse(null),
                candidate.channel().team().key());
        if (inserted == 1) {
            return candidate;
        }
        if (find(candidate.id()).isPresent()) {
            // Ids are random: a taken one is a bug (two generators seeded alike), never a slot to wait for.
            throw new IllegalArgumentException("round id " + candidate.id() + " is already used");
        }
        Optional<Round> open = candidate.kind() == RoundKind.PRACTICE
                ? openPractice(candidate.owner().orElseThrow())
                : openAsk(candidate.channel());
        // The blocking round may have closed in between; then the slot is free again.
        return open.orElseGet(() -> open(candidate));
    }

    @Override
    public Optional<Round> find(RoundId id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM rounds WHERE round_id = ?", JdbcRoundStore::round, id.value());
    }

    @Override
    public Optional<Round> openAsk(ChannelId channel) {
        return db.queryOne(
                "SELECT " + COLUMNS + " FROM rounds WHERE channel_key = ? AND kind = 'ASK' AND closed_at IS NULL",
                JdbcRoundStore::round,
                channel.key());
    }

    @Override
    public Set<String> openChannelQuestions(TeamId team) {
        return new HashSet<>(db.query(
                "SELECT question_id FROM rounds WHERE team_key = ? AND closed_at IS NULL AND kind <> 'PRACTICE'",
                row -> row.getString(1),
                team.key()));
    }

    @Override
    public Optional<Round> openPractice(PlayerId owner) {
        return db.queryOne(
                "SELECT " + COLUMNS + " FROM rounds WHERE owner_key = ? AND kind = 'PRACTICE' AND closed_at IS NULL",
                JdbcRoundStore::round,
                owner.key());
    }

    @Override
    public List<Round> due(Instant now) {
        return db.query(
                "SELECT " + COLUMNS + " FROM rounds WHERE closed_at IS NULL AND closes_at <= ?"
                        + " ORDER BY closes_at, round_id",
                JdbcRoundStore::round,
                now.toEpochMilli());
    }

    @Override
    public List<Round> daily(Collection<ChannelId> channels) {
        List<String> keys = channels.stream().map(ChannelId::key).distinct().collect(Collectors.toList());
        if (keys.isEmpty()) {
            return List.of();
        }
        String marks = keys.stream().map(k -> "?").collect(Collectors.joining(", "));
        return db.query(
                "SELECT " + COLUMNS + " FROM rounds WHERE kind = 'DAILY' AND withdrawn = 0 AND channel_key IN (" + marks
                        + ") ORDER BY opened_at, round_id",
                JdbcRoundStore::round,
                keys.toArray());
    }

    @Override
    public Optional<Round> latestDaily(ChannelId channel) {
        return db.queryOne(
                "SELECT " + COLUMNS + " FROM rounds WHERE kind = 'DAILY' AND withdrawn = 0 AND channel_key = ?"
                        + " ORDER BY opened_at DESC, round_id DESC LIMIT 1",
                JdbcRoundStore::round,
                channel.key());
    }

    @Override
    public Optional<Round> lastRevealedAsk(ChannelId channel) {
        return db.queryOne(
                "SELECT " + COLUMNS + " FROM rounds WHERE channel_key = ? AND kind = 'ASK' AND closed_at IS NOT NULL"
                        + " AND withdrawn = 0 ORDER BY opened_at DESC LIMIT 1",
                JdbcRoundStore::round,
                channel.key());
    }

    @Override
    public boolean close(RoundId id, Instant closedAt) {
        // Whichever process closes first wins the UPDATE; only the winner adds the round's answers.
        return db.write(context -> {
            if (markClosed(context, id, closedAt, false) == 0) {
                return false;
            }
            // Practice scores nothing, so its close leaves the boards (and their version) alone.
            List<String> team = context.query(
                    "SELECT team_key FROM rounds WHERE round_id = ? AND " + ScoreTotals.ranked("kind"),
                    row -> row.getString(1),
                    id.value());
            if (!team.isEmpty()) {
                ScoreTotals.settle(context, id.value(), team.get(0));
                context.statement(
                                "INSERT INTO reveals_owed (round_id, claimed_until) VALUES (?, ?)",
                                id.value(),
                                closedAt.plus(REVEAL_LEASE).toEpochMilli())
                        .executeUpdate();
            }
            return true;
        });
    }

    @Override
    public List<Round> owedReveals(Instant now) {
        return db.query(
                "SELECT " + COLUMNS + " FROM rounds WHERE round_id IN"
                        + " (SELECT round_id FROM reveals_owed WHERE claimed_until <= ?) ORDER BY closes_at, round_id",
                JdbcRoundStore::round,
                now.toEpochMilli());
    }

    @Override
    public boolean claimReveal(RoundId id, Instant now) {
        // Like a close: of the processes claiming at once, the UPDATE lets one through.
        return db.update(
                        "UPDATE reveals_owed SET claimed_until = ? WHERE round_id = ? AND claimed_until <= ?",
                        now.plus(REVEAL_LEASE).toEpochMilli(),
                        id.value(),
                        now.toEpochMilli())
                == 1;
    }

    @Override
    public void revealed(RoundId id) {
        db.update("DELETE FROM reveals_owed WHERE round_id = ?", id.value());
    }

    @Override
    public boolean withdraw(RoundId id, Instant closedAt) {
        return db.write(context -> markClosed(context, id, closedAt, true) == 1);
    }

    private static int markClosed(WriteContext context, RoundId id, Instant closedAt, boolean withdrawn)
            throws SQLException {
        return context.statement(
                        "UPDATE rounds SET closed_at = ?, withdrawn = ? WHERE round_id = ? AND closed_at IS NULL",
                        closedAt.toEpochMilli(),
                        withdrawn ? 1 : 0,
                        id.value())
                .executeUpdate();
    }

    private static Round round(ResultSet row) throws SQLException {
        String owner = row.getString("owner_key");
        long closedAt = row.getLong("closed_at");
        boolean open = row.wasNull();
        return new Round(
                new RoundId(row.getString("round_id")),
                RoundKind.valueOf(row.getString("kind")),
                ChannelId.fromKey(row.getString("channel_key")),
                Optional.ofNullable(owner).map(PlayerId::fromKey),
                row.getString("question_id"),
                OptionOrder.parse(row.getString("option_order")),
                Instant.ofEpochMilli(row.getLong("opened_at")),
                Instant.ofEpochMilli(row.getLong("closes_at")),
                open ? Optional.empty() : Optional.of(Instant.ofEpochMilli(closedAt)),
                Optional.ofNullable(row.getString("note")));
    }
}
