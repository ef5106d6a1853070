package dev.mlquiz.slack;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;

/** What the Slack adapter itself says to a player (everything about the game comes from the core). */
final class SlackNotices {
    private SlackNotices() {}

    static Notice unreadableIds() {
        return Notice.error(Text.of(Msg.SLACK_UNREADABLE_IDS));
    }

    static Notice noChannel() {
        return Notice.error(Text.of(Msg.SLACK_NO_CHANNEL));
    }

    static Notice cannotPost() {
        return Notice.error(Text.of(Msg.SLACK_CANNOT_POST));
    }

    static Notice questionRefused(String slackError) {
        return Notice.error(Text.of(Msg.SLACK_QUESTION_REFUSED, slackError));
    }

    static Notice databaseUnreachable() {
        return Notice.error(Text.of(Msg.SLACK_DATABASE_UNREACHABLE));
    }

    static Notice roleUnchecked() {
        return Notice.error(Text.of(Msg.SLACK_ROLE_UNCHECKED));
    }

    static Notice rateLimited(long seconds) {
        return Notice.error(Text.of(Msg.SLACK_RATE_LIMITED, seconds));
    }
}
