-- A deck now counts how often each question was asked, and a draw takes an eligible question asked the
-- fewest times. drawn_seq becomes when a card was last drawn and is never cleared.
ALTER TABLE deck_cards ADD COLUMN times_drawn INTEGER NOT NULL DEFAULT 0;

-- Cards drawn in the current cycle have been asked once more than the rest.
UPDATE deck_cards SET times_drawn = 1 WHERE drawn_seq IS NOT NULL;

-- A drawn card gets a random position (a Java int, as the deck draws them; SQLite's RANDOM() is
-- already an integer, PostgreSQL's a fraction of one), so the next cycle is a fresh shuffle.
UPDATE deck_cards SET position = FLOOR(RANDOM() * 4294967296) - 2147483648 WHERE drawn_seq IS NOT NULL;
