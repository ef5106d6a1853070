package dev.mlquiz.questions.pack;

/** Sizes chosen so every question renders unabridged as a Discord embed and a Slack section. */
public final class PackLimits {
    public static final int ID_MAX = 64;
    public static final int PROMPT_MAX = 300;
    /** One lettered line in a chat message. */
    public static final int OPTION_MAX = 200;
    /** Fits a Discord embed field (1024) and a Slack section (3000). */
    public static final int EXPLANATION_MAX = 1000;

    public static final int TIP_MAX = 300;
    public static final int TITLE_MAX = 100;

    private PackLimits() {}
}
