-- Points exist from a round's reveal: closing a round adds its answers to score_totals in the same
-- transaction (exactly one closer wins), so nothing anyone can see reflects an open round. The answer
-- cursor that applied answers as they came is gone; V6 re-derives the totals from revealed rounds.
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

-- Bumped in the transaction that changes a team's totals, so every process keys its caches by it.
CREATE TABLE board_versions (
    team_key  VARCHAR(120) NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL
);

-- Channel settings become optional one by one (absent means the default), for the ask cooldown.
CREATE TABLE channel_settings_v5 (
    channel_key           VARCHAR(240) NOT NULL PRIMARY KEY,
    round_seconds         INTEGER,
    ask_cooldown_seconds  INTEGER
);
INSERT INTO channel_settings_v5 (channel_key, round_seconds) SELECT channel_key, round_seconds FROM channel_settings;
DROP TABLE channel_settings;
ALTER TABLE channel_settings_v5 RENAME TO channel_settings;
