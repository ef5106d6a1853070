package dev.mlquiz.core.view;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The end of a round: the right option, why, how the channel answered, and who scored. */
public record RevealView(
        RoundId round,
        RoundKind kind,
        ChannelId channel,
        String prompt,
        Topic topic,
        Difficulty difficulty,
        List<OptionTally> options,
        Letter correct,
        String explanation,
        Optional<String> tip,
        List<String> winners,
        int pointsEach,
        int answerCount)
        implements View {

    /** How many players chose an option. */
    public record OptionTally(Letter letter, String text, int count, boolean correct) {}

    public RevealView {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        Objects.requireNonNull(correct, "correct");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(tip, "tip");
        winners = List.copyOf(winners);
    }

    public OptionTally correctOption() {
        return options.get(correct.ordinal());
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.reveal(this);
    }
}
