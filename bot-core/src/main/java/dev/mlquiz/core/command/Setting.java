package dev.mlquiz.core.command;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.Optional;

/** One setting read from a command's words, with the word it was read from, so a second one can name both. */
final class Setting<T> {
    private final Msg name;
    private Optional<T> value = Optional.empty();
    private String word;

    Setting(Msg name) {
        this.name = name;
    }

    /** Empty when set; otherwise the refusal of the second value: "Topic given twice: llms and deep." */
    Optional<Text> set(T newValue, String newWord) {
        if (value.isPresent()) {
            return Optional.of(Text.of(Msg.SETTING_GIVEN_TWICE, Text.of(name), word, newWord));
        }
        value = Optional.of(newValue);
        word = newWord;
        return Optional.empty();
    }

    Optional<T> value() {
        return value;
    }
}
