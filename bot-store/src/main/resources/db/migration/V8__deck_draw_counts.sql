-- A deck now counts how often each question was asked, and a draw takes an eligible question asked the
-- fewest times: no filter repeats a question before its whole pool was asked, even when a narrower filter
-- cycled through part of it in between. drawn_seq becomes when a card was last drawn and is never cleared.
ALTER TABLE deck_cards ADD COLUMN times_drawn INTEGER NOT NULL DEFAULT 0;

-- Cards drawn in the current cycle have been asked once more than the rest.
UPDATE deck_cards SET times_drawn = 1 WHERE drawn_seq IS NOT NULL;

-- A drawn card's position is where it stood in the cycle just drawn; a random one makes the next cycle a
-- fresh shuffle, as a draw now does for every card it takes.
UPDATE deck_cards SET position = RANDOM() WHERE drawn_seq IS NOT NULL;
