-- Points exist from a round's reveal: closing a round adds its answers to score_totals in the same
-- transaction (exactly one closer wins), so nothing anyone can see reflects an open round. V6
-- re-derives the totals from revealed rounds.
DROP TABLE totals_cursor;

-- A withdrawn round never reached its channel (its post failed): closed without a reveal, it scores
-- nothing and does not start an ask cooldown.
ALTER TABLE rounds ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;

CREATE INDEX rounds_ask_by_channel ON rounds (channel_key, opened_at) WHERE kind = 'ASK';

-- A leaderboard line's daily streak reads the newest revealed questions of the day of a few channels.
CREATE INDEX rounds_revealed_daily ON rounds (channel_key, opened_at, round_id)
    WHERE kind = 'DAILY' AND withdrawn = 0 AND closed_at IS NOT NULL;

-- "Already scored on this question in this team" is one index lookup.
CREATE INDEX answers_by_player_question ON answers (player_key, question_id);

-- Bumped in the transaction that changes a team's totals, so every process keys its caches by it. Its
-- row is also the team's lock: whatever changes a team's totals bumps it first.
CREATE TABLE board_versions (
    team_key  VARCHAR(120) COLLATE "C" NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL
);

-- Channel settings become optional one by one (absent means the default), for the ask cooldown.
-- (SQLite copies the table to drop a NOT NULL; PostgreSQL alters it in place.)
ALTER TABLE channel_settings ALTER COLUMN round_seconds DROP NOT NULL;
ALTER TABLE channel_settings ADD COLUMN ask_cooldown_seconds INTEGER;
