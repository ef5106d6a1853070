-- Running totals per scope (a team, or one of its channels), period and player, so leaderboards read a
-- few index entries instead of summing a million answers. Periods: 'all', 'w' + the week's Monday,
-- 'm' + the month, in the team's time zone. The totals are derived from the answers (the record) in
-- order (SQLite's rowid; a PostgreSQL port gives answers a sequence): totals_cursor holds the last
-- answer applied, in the same transaction as the totals it produced,
-- so after a crash the rest is applied on the next read. A time-zone change re-derives everything.
CREATE TABLE score_totals (
    scope_key   VARCHAR(240) NOT NULL,
    period      VARCHAR(16)  NOT NULL,
    player_key  VARCHAR(120) NOT NULL,
    points      INTEGER      NOT NULL,
    correct     INTEGER      NOT NULL,
    answered    INTEGER      NOT NULL,
    PRIMARY KEY (scope_key, period, player_key)
);

CREATE INDEX score_totals_by_rank ON score_totals (scope_key, period, points DESC, correct DESC, player_key);

CREATE INDEX answers_by_channel_time ON answers (channel_key, answered_at);

CREATE TABLE totals_cursor (
    name         VARCHAR(40) NOT NULL PRIMARY KEY,
    last_answer  BIGINT      NOT NULL
);

-- Existing answers are applied on first use, like any answer not yet applied.
INSERT INTO totals_cursor (name, last_answer) VALUES ('score_totals', 0);
