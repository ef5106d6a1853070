package dev.mlquiz.core.view;

import java.util.List;

/** The commands and the rules of the game. */
public record HelpView(List<Entry> commands, List<String> rules) implements View {

    public record Entry(String usage, String description, boolean adminOnly) {}

    public HelpView {
        commands = List.copyOf(commands);
        rules = List.copyOf(rules);
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.help(this);
    }
}
