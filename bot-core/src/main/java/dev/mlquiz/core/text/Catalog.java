package dev.mlquiz.core.text;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Turns {@link Text} into sentences of one language, from the {@code messages} bundle of this package.
 * Placeholders are {@code {0}}, {@code {1}}…, replaced by their argument and nothing else: unlike
 * {@link java.text.MessageFormat}, apostrophes need no doubling and numbers are written as they are
 * ("86400", not "86,400"), so an entry reads exactly as it shows. A plural key has one entry per form
 * ({@code points.one}, {@code points.other}), chosen by its first argument.
 */
public final class Catalog {
    static final String BUNDLE = "dev.mlquiz.core.text.messages";
    private static final Catalog ENGLISH = of(Locale.ROOT);

    /** How a language picks the form of a plural; English and most European languages: one, or other. */
    public enum Form {
        ONE,
        OTHER;

        static Form of(long count) {
            return count == 1 ? ONE : OTHER;
        }

        String suffix() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final ResourceBundle bundle;

    private Catalog(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The language the bot speaks today (the base bundle). */
    public static Catalog english() {
        return ENGLISH;
    }

    /**
     * The catalog for {@code locale}: its own file ({@code messages_de.properties}) with the base for what
     * it leaves out. Never the machine's default locale, so the bot speaks the same wherever it runs.
     */
    public static Catalog of(Locale locale) {
        return new Catalog(ResourceBundle.getBundle(
                BUNDLE,
                Objects.requireNonNull(locale, "locale"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String resolve(Text text) {
        return text.in(this);
    }

    /** Shorthand for {@code resolve(Text.of(key, arguments))}. */
    public String resolve(Msg key, Object... arguments) {
        return resolve(Text.of(key, arguments));
    }

    String format(Msg key, List<Object> arguments) {
        String pattern = pattern(key, arguments);
        StringBuilder text = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                return text.append(pattern, i, pattern.length()).toString();
            }
            text.append(pattern, i, open);
            String index = pattern.substring(open + 1, close);
            if (isIndex(index) && Integer.parseInt(index) < arguments.size()) {
                text.append(argument(arguments.get(Integer.parseInt(index))));
            } else {
                // Not a placeholder this key has: shown as written (the catalog test forbids it in entries).
                text.append(pattern, open, close + 1);
            }
            i = close + 1;
        }
        return text.toString();
    }

    private String pattern(Msg key, List<Object> arguments) {
        String name = key.key()
                + (key.plural()
                        ? Form.of(((Number) arguments.get(0)).longValue()).suffix()
                        : "");
        try {
            return bundle.getString(name);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + name + " in " + BUNDLE, e);
        }
    }

    private String argument(Object argument) {
        return argument instanceof Text ? resolve((Text) argument) : String.valueOf(argument);
    }

    static boolean isIndex(String text) {
        return !text.isEmpty() && text.length() <= 2 && text.chars().allMatch(Character::isDigit);
    }
}
