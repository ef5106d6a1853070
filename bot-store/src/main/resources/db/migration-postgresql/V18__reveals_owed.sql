-- A round's reveal is owed from its close until it was shown and its answers rated: a process stopped or
-- failing in between leaves the row, and a timer redoes the reveal once the claim lapses. The steps of a
-- round's ratings already saved, so a redone reveal never rates an answer twice. The same history as the
-- SQLite V18.
CREATE TABLE reveals_owed (
    round_id       VARCHAR(24)  COLLATE "C" NOT NULL PRIMARY KEY,
    claimed_until  BIGINT       NOT NULL
);

CREATE TABLE rated_reveal_steps (
    round_id  VARCHAR(24)  COLLATE "C" NOT NULL,
    step      INTEGER      NOT NULL,
    PRIMARY KEY (round_id, step)
);
