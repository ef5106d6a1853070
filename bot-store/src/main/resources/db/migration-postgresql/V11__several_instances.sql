-- Several processes on one database (issue 14): the same history as the SQLite V11.

-- A deck's version counts its saves. A process saves a deck only if no other one saved it since it read
-- it, and otherwise draws again, so two processes never hand out the same question from one deck.
CREATE TABLE decks (
    deck_key  VARCHAR(240) COLLATE "C" NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL
);

INSERT INTO decks (deck_key, version) SELECT DISTINCT deck_key, 1 FROM deck_cards;

-- A claimed question of the day is settled once it was posted (or its failure reported). A claim still
-- unsettled after its lease belonged to a process that died in between: another process takes it over.
ALTER TABLE daily_posts ADD COLUMN settled_at BIGINT;

-- Every claim made before this version was carried through by its process.
UPDATE daily_posts SET settled_at = claimed_at;

-- Platform deliveries already handled, so a retry that lands on another process is still ignored. Rows
-- older than the retention are deleted now and then.
CREATE TABLE deliveries (
    delivery_id  VARCHAR(255) COLLATE "C" NOT NULL PRIMARY KEY,
    seen_at      BIGINT       NOT NULL
);

CREATE INDEX deliveries_by_age ON deliveries (seen_at);
