-- How many players of each scope and period stand at each points total: a board's player count and the
-- asker's rank become sums over a few dozen distinct totals instead of counts over every player's row.
-- Closing a round keeps it in step with score_totals, in the same transaction.
CREATE TABLE players_by_points (
    scope_key  VARCHAR(240) COLLATE "C" NOT NULL,
    period     VARCHAR(16)  COLLATE "C" NOT NULL,
    points     INTEGER      NOT NULL,
    players    INTEGER      NOT NULL,
    PRIMARY KEY (scope_key, period, points)
);

INSERT INTO players_by_points (scope_key, period, points, players)
SELECT scope_key, period, points, COUNT(*) FROM score_totals GROUP BY scope_key, period, points;
