-- One Slack app for many workspaces (issue 15): the same history as the SQLite V13.

-- The app installed in a workspace: its bot token sealed (AES-GCM under MLQUIZ_SECRET_KEY, by the adapter;
-- this table never holds a token in clear), the bot's ids and the scopes granted.
CREATE TABLE installations (
    team_key       VARCHAR(120)  COLLATE "C" NOT NULL PRIMARY KEY,
    enterprise_id  VARCHAR(40)   COLLATE "C",
    bot_token      BYTEA         NOT NULL,
    bot_user_id    VARCHAR(40)   COLLATE "C" NOT NULL,
    bot_id         VARCHAR(40)   COLLATE "C" NOT NULL,
    scopes         VARCHAR(2000) COLLATE "C" NOT NULL,
    installed_at   BIGINT        NOT NULL
);

-- The one-time state of each install in progress, so the installer may come back to any process.
CREATE TABLE oauth_states (
    state       VARCHAR(100) COLLATE "C" NOT NULL PRIMARY KEY,
    expires_at  BIGINT       NOT NULL
);

CREATE INDEX oauth_states_by_expiry ON oauth_states (expires_at);
