-- Where a platform posted a round's question, so the reveal can edit that message, even after a restart.
CREATE TABLE round_messages (
    round_id     VARCHAR(24)  COLLATE "C" NOT NULL PRIMARY KEY,
    message_ref  VARCHAR(200) COLLATE "C" NOT NULL
);
