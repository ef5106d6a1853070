-- The PostgreSQL version of db/migration/V1 (one history, one folder per engine). Every text column
-- compares by code point (COLLATE "C", as SQLite's BINARY does): keys are ordered and range-scanned
-- ("a team's channels" is the key range team + '/' up to team + '0'), and a linguistic collation
-- would ignore the '/' and put other keys in that range.

CREATE TABLE team_settings (
    team_key   VARCHAR(120) COLLATE "C" NOT NULL PRIMARY KEY,
    time_zone  VARCHAR(64)  COLLATE "C" NOT NULL
);

CREATE TABLE channel_settings (
    channel_key    VARCHAR(240) COLLATE "C" NOT NULL PRIMARY KEY,
    round_seconds  INTEGER      NOT NULL
);

CREATE TABLE players (
    player_key    VARCHAR(120) COLLATE "C" NOT NULL PRIMARY KEY,
    display_name  VARCHAR(120) COLLATE "C" NOT NULL
);

CREATE TABLE channels (
    channel_key   VARCHAR(240) COLLATE "C" NOT NULL PRIMARY KEY,
    team_key      VARCHAR(120) COLLATE "C" NOT NULL,
    display_name  VARCHAR(120) COLLATE "C" NOT NULL
);

CREATE TABLE rounds (
    round_id      VARCHAR(24)  COLLATE "C" NOT NULL PRIMARY KEY,
    kind          VARCHAR(16)  COLLATE "C" NOT NULL,
    team_key      VARCHAR(120) COLLATE "C" NOT NULL,
    channel_key   VARCHAR(240) COLLATE "C" NOT NULL,
    owner_key     VARCHAR(120) COLLATE "C",
    question_id   VARCHAR(64)  COLLATE "C" NOT NULL,
    option_order  VARCHAR(8)   COLLATE "C" NOT NULL,
    opened_at     BIGINT       NOT NULL,
    closes_at     BIGINT       NOT NULL,
    closed_at     BIGINT
);

-- A channel has at most one open ask round; a player at most one open practice question.
CREATE UNIQUE INDEX rounds_one_open_ask ON rounds (channel_key) WHERE closed_at IS NULL AND kind = 'ASK';
CREATE UNIQUE INDEX rounds_one_open_practice ON rounds (owner_key) WHERE closed_at IS NULL AND kind = 'PRACTICE';
CREATE INDEX rounds_open_by_close_time ON rounds (closes_at) WHERE closed_at IS NULL;

-- The append-only record every score is computed from.
CREATE TABLE answers (
    round_id     VARCHAR(24)  COLLATE "C" NOT NULL,
    player_key   VARCHAR(120) COLLATE "C" NOT NULL,
    team_key     VARCHAR(120) COLLATE "C" NOT NULL,
    channel_key  VARCHAR(240) COLLATE "C" NOT NULL,
    kind         VARCHAR(16)  COLLATE "C" NOT NULL,
    question_id  VARCHAR(64)  COLLATE "C" NOT NULL,
    topic        VARCHAR(32)  COLLATE "C" NOT NULL,
    difficulty   VARCHAR(16)  COLLATE "C" NOT NULL,
    choice       INTEGER      NOT NULL,
    correct      INTEGER      NOT NULL,
    points       INTEGER      NOT NULL,
    answered_at  BIGINT       NOT NULL,
    PRIMARY KEY (round_id, player_key)
);

CREATE INDEX answers_by_team_time ON answers (team_key, answered_at);
CREATE INDEX answers_by_player_time ON answers (player_key, answered_at);

-- Rotation: each deck (a channel's, or a player's for practice) is a shuffled order of question ids.
-- A card's position is a Java long, so BIGINT here (SQLite's INTEGER holds 64 bits).
CREATE TABLE deck_cards (
    deck_key     VARCHAR(240) COLLATE "C" NOT NULL,
    question_id  VARCHAR(64)  COLLATE "C" NOT NULL,
    position     BIGINT       NOT NULL,
    drawn_seq    BIGINT,
    PRIMARY KEY (deck_key, question_id)
);
