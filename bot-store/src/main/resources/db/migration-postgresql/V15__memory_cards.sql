-- Spaced review (issue 16): a memory card per player and question answered, scheduled by FSRS, and the
-- players who opted out of review. The same history as the SQLite V15.
CREATE TABLE memory_cards (
    player_key      VARCHAR(120)     COLLATE "C" NOT NULL,
    question_id     VARCHAR(64)      COLLATE "C" NOT NULL,
    state           VARCHAR(16)      NOT NULL,
    step            INTEGER,
    stability       DOUBLE PRECISION,
    difficulty      DOUBLE PRECISION,
    due_at          BIGINT           NOT NULL,
    last_review_at  BIGINT,
    reviews         INTEGER          NOT NULL,
    right_answers   INTEGER          NOT NULL,
    PRIMARY KEY (player_key, question_id)
);

CREATE INDEX memory_cards_by_due ON memory_cards (player_key, due_at);

CREATE TABLE review_optouts (
    player_key  VARCHAR(120) COLLATE "C" NOT NULL PRIMARY KEY
);
