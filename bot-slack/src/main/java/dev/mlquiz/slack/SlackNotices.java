package dev.mlquiz.slack;

import dev.mlquiz.core.view.Notice;

/** What the Slack adapter itself says to a player (everything about the game comes from the core). */
final class SlackNotices {
    private SlackNotices() {}

    static Notice unreadableIds() {
        return Notice.error("Slack sent this without a user, workspace or channel id mlquiz can read, so nothing"
                + " was recorded. If it keeps happening, ask your workspace admin to reinstall the app.");
    }

    static Notice noChannel() {
        return Notice.error("I can't tell which channel this button was pressed in, so the answer was not"
                + " recorded. Answer in the channel where the question was asked.");
    }

    static Notice cannotPost() {
        return Notice.error("I can't post in this channel yet. Add me with /invite @mlquiz, then ask again.");
    }

    static Notice questionRefused(String slackError) {
        return Notice.error("Slack refused the question (" + slackError + "); please try again.");
    }
}
