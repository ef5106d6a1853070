package dev.mlquiz.questions;

import java.util.Locale;

/** Turns what a person typed into the kebab-case ids used for topics and levels. */
final class Names {
    private Names() {}

    static String normalize(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }
}
