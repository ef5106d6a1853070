package dev.mlquiz.questions.pack;

/** Text from a pack quoted in a message, cut short so one enormous value cannot flood the report. */
final class Excerpt {
    private static final int LENGTH = 40;

    private Excerpt() {}

    static String of(String text) {
        if (text.codePointCount(0, text.length()) <= LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LENGTH)) + "…";
    }
}
