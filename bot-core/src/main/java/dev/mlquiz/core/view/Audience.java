package dev.mlquiz.core.view;

/** Who sees a reply: everyone in the channel, or only the person who asked (ephemeral). */
public enum Audience {
    CHANNEL,
    PRIVATE
}
