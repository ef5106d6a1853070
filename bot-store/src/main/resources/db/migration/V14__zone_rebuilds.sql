-- A time-zone change re-derives a team's weeks and months a chunk of players at a time. Its progress is
-- kept here, committed with each chunk, so a change cut short (the process ended mid-way) is finished
-- later by any process, from where it stopped. Portable SQL: it runs unchanged on PostgreSQL.
CREATE TABLE zone_rebuilds (
    team_key      VARCHAR(120) NOT NULL PRIMARY KEY,
    zone          VARCHAR(64)  NOT NULL,
    after_player  VARCHAR(120) NOT NULL
);
