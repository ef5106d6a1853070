-- Every text column holds the longest value the code accepts for it (SQLite ignores declared lengths, so
-- this version changes nothing there). A topic id is up to 64 characters (PackLimits.ID_MAX), as a question
-- id already was; a channel's name comes from its platform with no limit of ours; an installation keeps
-- every scope Slack granted, however many. Widening a VARCHAR, or making it TEXT, with the same collation
-- only changes the catalog: no table is rewritten, however many answers it holds.
ALTER TABLE answers ALTER COLUMN topic TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE daily_schedules ALTER COLUMN topic TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE channels ALTER COLUMN display_name TYPE TEXT COLLATE "C";
ALTER TABLE installations ALTER COLUMN scopes TYPE TEXT COLLATE "C";
