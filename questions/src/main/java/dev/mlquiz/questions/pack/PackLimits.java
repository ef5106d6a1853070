package dev.mlquiz.questions.pack;

/**
 * Text sizes chosen so every question renders unabridged as a Discord embed and a Slack section, and
 * file sizes chosen so no pack, however malformed or hostile, costs more than a moment to read.
 */
public final class PackLimits {
    public static final int ID_MAX = 64;
    public static final int PROMPT_MAX = 300;
    /** One lettered line in a chat message. */
    public static final int OPTION_MAX = 200;
    /** Fits a Discord embed field (1024) and a Slack section (3000). */
    public static final int EXPLANATION_MAX = 1000;

    public static final int TIP_MAX = 300;
    public static final int TITLE_MAX = 100;
    /** A citation such as {@code 001#12} or a URL. */
    public static final int SOURCE_MAX = 200;

    /**
     * About 600 questions; checked before a file is read into memory. Also bounds reading time: the YAML
     * scanner slows quadratically on one enormous value (0.15 s at this size, 0.6 s at twice it).
     */
    public static final int FILE_BYTES_MAX = 1_000_000;
    /** A pack nests four deep (pack, questions, question, distractors); the rest is headroom. */
    public static final int NESTING_MAX = 20;
    /** Every value counted, aliases once per use: stops a "billion laughs" alias bomb. */
    public static final int VALUES_MAX = 100_000;

    private PackLimits() {}
}
