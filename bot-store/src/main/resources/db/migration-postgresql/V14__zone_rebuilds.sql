-- A time-zone change re-derives a team's weeks and months a chunk of players at a time. Its progress is
-- kept here, committed with each chunk, so a change cut short (the process ended mid-way) is finished
-- later by any process, from where it stopped. The same history as the SQLite V14.
CREATE TABLE zone_rebuilds (
    team_key      VARCHAR(120) COLLATE "C" NOT NULL PRIMARY KEY,
    zone          VARCHAR(64)  NOT NULL,
    after_player  VARCHAR(120) COLLATE "C" NOT NULL
);
