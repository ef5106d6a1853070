-- Reports on bad questions (issue 16): one row per team, question and reporter (a repeated report counts
-- once), each filing by time (for the per-player rate limit), and the questions each team retired. Portable SQL: it runs unchanged on PostgreSQL.
CREATE TABLE question_reports (
    team_key      VARCHAR(120)  NOT NULL,
    question_id   VARCHAR(64)   NOT NULL,
    player_key    VARCHAR(120)  NOT NULL,
    reason        VARCHAR(16)   NOT NULL,
    note          VARCHAR(500)  NOT NULL,
    reported_at   BIGINT        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    PRIMARY KEY (team_key, question_id, player_key)
);

CREATE INDEX question_reports_by_status ON question_reports (team_key, status);

CREATE TABLE report_filings (
    player_key  VARCHAR(120) NOT NULL,
    filed_at    BIGINT       NOT NULL
);

CREATE INDEX report_filings_by_player ON report_filings (player_key, filed_at);

-- One row per player who ever reported: filing locks it, so a player's filings are counted one at a time.
CREATE TABLE report_limits (
    player_key  VARCHAR(120) NOT NULL PRIMARY KEY
);

CREATE TABLE retired_questions (
    team_key     VARCHAR(120) NOT NULL,
    question_id  VARCHAR(64)  NOT NULL,
    retired_at   BIGINT       NOT NULL,
    PRIMARY KEY (team_key, question_id)
);
