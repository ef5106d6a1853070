package dev.mlquiz.core.view;

import java.util.List;
import java.util.Objects;

/** A channel's settings as they apply now, each worded for people, with how to change them. */
public record SettingsView(List<Line> lines, String howToChange) implements View {
    public static final String TITLE = "Settings in this channel";

    public record Line(String name, String value) {
        public Line {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public SettingsView {
        lines = List.copyOf(lines);
        Objects.requireNonNull(howToChange, "howToChange");
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.settings(this);
    }
}
