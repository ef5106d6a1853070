package dev.mlquiz.core.view;

import java.util.List;
import java.util.function.UnaryOperator;

/** Small pieces of wording every front end shows the same way. */
public final class Wording {
    private Wording() {}

    public static String points(int points) {
        return points + (points == 1 ? " point" : " points");
    }

    public static String answers(int count) {
        return count + (count == 1 ? " answer" : " answers");
    }

    public static String players(int count) {
        return count + (count == 1 ? " player" : " players");
    }

    /** Cuts to {@code max} characters, marking the cut with an ellipsis. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** As many names (each cut and escaped for the platform) as fit in {@code max}, then "and N more". */
    public static String names(List<String> names, int max, int nameMax, UnaryOperator<String> escape) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String name = escape.apply(cut(names.get(i), nameMax));
            String more = " and " + (names.size() - i) + " more";
            if (text.length() + name.length() + 2 + more.length() > max) {
                return text.append(more).toString();
            }
            text.append(i == 0 ? "" : ", ").append(name);
        }
        return text.toString();
    }
}
