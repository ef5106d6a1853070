-- Question of the day: one schedule per channel, and one claimed post per channel and local date.
CREATE TABLE daily_schedules (
    channel_key    VARCHAR(240) COLLATE "C" NOT NULL PRIMARY KEY,
    team_key       VARCHAR(120) COLLATE "C" NOT NULL,
    enabled        INTEGER      NOT NULL,
    post_time      VARCHAR(5)   COLLATE "C" NOT NULL,
    time_zone      VARCHAR(64)  COLLATE "C",
    days           VARCHAR(40)  COLLATE "C" NOT NULL,
    topic          VARCHAR(32)  COLLATE "C",
    difficulty     VARCHAR(16)  COLLATE "C",
    open_minutes   INTEGER,
    recap          INTEGER      NOT NULL,
    last_error     VARCHAR(500) COLLATE "C",
    last_error_at  BIGINT
);

-- The primary key is the exactly-once guarantee: two processes sharing the database cannot both
-- claim a channel's post for the same local date.
CREATE TABLE daily_posts (
    channel_key  VARCHAR(240) COLLATE "C" NOT NULL,
    local_date   VARCHAR(10)  COLLATE "C" NOT NULL,
    round_id     VARCHAR(24)  COLLATE "C" NOT NULL,
    claimed_at   BIGINT       NOT NULL,
    PRIMARY KEY (channel_key, local_date)
);

CREATE INDEX rounds_daily_by_channel ON rounds (channel_key, opened_at) WHERE kind = 'DAILY';
