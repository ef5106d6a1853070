-- A time-zone change re-derives the team's weeks and months a few players at a time (issue 14), so it
-- reads each player's rows: this index holds them (it covers the query), without scanning the team's.
CREATE INDEX score_totals_by_player ON score_totals (player_key, scope_key, period, points, correct, answered);
