package dev.mlquiz.core.view;

import dev.mlquiz.core.text.Text;
import java.util.List;
import java.util.Objects;

/** The commands and the rules of the game. */
public record HelpView(List<Entry> commands, List<Text> rules) implements View {

    /** {@code usage}: the command as typed, the same in every language. */
    public record Entry(String usage, Text description, boolean adminOnly) {
        public Entry {
            Objects.requireNonNull(usage, "usage");
            Objects.requireNonNull(description, "description");
        }
    }

    public HelpView {
        commands = List.copyOf(commands);
        rules = List.copyOf(rules);
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.help(this);
    }
}
