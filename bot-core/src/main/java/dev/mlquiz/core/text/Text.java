package dev.mlquiz.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Words for people, not yet in any language: a message key with its arguments, which a {@link Catalog}
 * turns into a sentence. Views carry these, so only renderers pick the language.
 */
public sealed interface Text permits Text.Message, Text.Literal {

    /** The words in the catalog's language. */
    String in(Catalog catalog);

    /**
     * {@code key} with its arguments: strings (names, ids, typed words) shown as they are, numbers, or
     * other texts, resolved in the same catalog. The count must be what the key takes.
     */
    static Text of(Msg key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /**
     * Words that are already what people see, whatever the language: a name, an id, or a sentence
     * stored before it could be a key (a round's note, a schedule's last problem).
     */
    static Text literal(String text) {
        return new Literal(text);
    }

    /** A catalog message and its arguments. */
    record Message(Msg key, List<Object> arguments) implements Text {
        public Message {
            Objects.requireNonNull(key, "key");
            arguments = List.copyOf(arguments);
            if (arguments.size() != key.arguments()) {
                throw new IllegalArgumentException(
                        key + " takes " + key.arguments() + " arguments, not " + arguments.size());
            }
            for (Object argument : arguments) {
                if (!(argument instanceof String || argument instanceof Number || argument instanceof Text)) {
                    throw new IllegalArgumentException(
                            key + " given a " + argument.getClass().getSimpleName());
                }
            }
            if (key.plural() && !(arguments.get(0) instanceof Number)) {
                throw new IllegalArgumentException(key + " counts its first argument, which must be a number");
            }
        }

        @Override
        public String in(Catalog catalog) {
            return catalog.format(key, arguments);
        }
    }

    /** Words shown as they are. */
    record Literal(String text) implements Text {
        public Literal {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String in(Catalog catalog) {
            return text;
        }
    }
}
