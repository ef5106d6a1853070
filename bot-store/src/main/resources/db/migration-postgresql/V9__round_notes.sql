-- The note a round's card shows while it is open (a filter with only a few questions), stored with the
-- round so a card edited by any process sharing the database shows it.
ALTER TABLE rounds ADD COLUMN note TEXT COLLATE "C";
