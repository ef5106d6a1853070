-- Running totals per scope (a team, or one of its channels), period and player, so leaderboards read a
-- few index entries instead of summing a million answers. Periods: 'all', 'w' + the week's Monday,
-- 'm' + the month, in the team's time zone. (The answer cursor below is SQLite's history: V5 drops it.)
CREATE TABLE score_totals (
    scope_key   VARCHAR(240) COLLATE "C" NOT NULL,
    period      VARCHAR(16)  COLLATE "C" NOT NULL,
    player_key  VARCHAR(120) COLLATE "C" NOT NULL,
    points      INTEGER      NOT NULL,
    correct     INTEGER      NOT NULL,
    answered    INTEGER      NOT NULL,
    PRIMARY KEY (scope_key, period, player_key)
);

CREATE INDEX score_totals_by_rank ON score_totals (scope_key, period, points DESC, correct DESC, player_key);

CREATE INDEX answers_by_channel_time ON answers (channel_key, answered_at);

CREATE TABLE totals_cursor (
    name         VARCHAR(40) COLLATE "C" NOT NULL PRIMARY KEY,
    last_answer  BIGINT      NOT NULL
);

INSERT INTO totals_cursor (name, last_answer) VALUES ('score_totals', 0);
