package dev.mlquiz.core.view;

import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.List;
import java.util.Objects;

/** A channel's settings as they apply now, each worded for people, with how to change them. */
public record SettingsView(List<Line> lines, Text howToChange) implements View {
    /** The title in English, for tests that compare with English; renderers resolve {@link Msg#SETTINGS_TITLE}. */
    public static final String TITLE = Catalog.english().resolve(Msg.SETTINGS_TITLE);

    public record Line(Text name, Text value) {
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
