package dev.mlquiz.core.view;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.util.List;

/** The topics one can ask for, with how many questions each has, and the levels. */
public record TopicsView(List<Line> topics, List<Difficulty> levels) implements View {

    public record Line(Topic topic, int questions) {}

    public TopicsView {
        topics = List.copyOf(topics);
        levels = List.copyOf(levels);
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.topics(this);
    }
}
