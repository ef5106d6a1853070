-- Question of the day: one schedule per channel, and one claimed post per channel and local date.
CREATE TABLE daily_schedules (
    channel_key    VARCHAR(240) NOT NULL PRIMARY KEY,
    team_key       VARCHAR(120) NOT NULL,
    enabled        INTEGER      NOT NULL,
    post_time      VARCHAR(5)   NOT NULL,
    time_zone      VARCHAR(64),
    days           VARCHAR(40)  NOT NULL,
    topic          VARCHAR(32),
    difficulty     VARCHAR(16),
    open_minutes   INTEGER,
    recap          INTEGER      NOT NULL,
    last_error     VARCHAR(500),
    last_error_at  BIGINT
);

-- The primary key is the exactly-once guarantee: two processes sharing the database cannot both
-- claim a channel's post for the same local date.
CREATE TABLE daily_posts (
    channel_key  VARCHAR(240) NOT NULL,
    local_date   VARCHAR(10)  NOT NULL,
    round_id     VARCHAR(24)  NOT NULL,
    claimed_at   BIGINT       NOT NULL,
    PRIMARY KEY (channel_key, local_date)
);

CREATE INDEX rounds_daily_by_channel ON rounds (channel_key, opened_at) WHERE kind = 'DAILY';
