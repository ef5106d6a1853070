package dev.mlquiz.core.command;

/** A leaderboard over the whole team (Discord server, Slack workspace) or one channel. */
public enum LeaderboardScope {
    TEAM,
    CHANNEL
}
