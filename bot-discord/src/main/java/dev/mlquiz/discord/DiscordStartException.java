package dev.mlquiz.discord;

/** The bot could not connect, for a reason the operator can fix (a bad token, a wrong guild id). */
public final class DiscordStartException extends Exception {
    public DiscordStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
