package dev.mlquiz.core.testing;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.SettingsView;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.util.List;
import java.util.Optional;

/** Views with known contents, for the adapters' rendering tests. */
public final class SampleViews {
    public static final Topic CORE_CONCEPTS = new Topic("core-concepts", "Core ML concepts", Optional.empty());

    private SampleViews() {}

    /** A channel's settings, one of them needing escaping on Slack. */
    public static SettingsView settings() {
        return new SettingsView(
                List.of(
                        new SettingsView.Line(Text.literal("Round length"), Text.literal("90 s")),
                        new SettingsView.Line(Text.literal("Time zone"), Text.literal("Europe/Berlin (the team's)")),
                        new SettingsView.Line(
                                Text.literal("Question of the day"), Text.literal("off <for now> & later"))),
                Text.literal("Admins change them with config round-seconds."));
    }

    /** A beginner reveal whose right answer is B; one player chose A, the winners chose B. */
    public static RevealView reveal(RoundId round, ChannelId channel, String explanation, List<String> winners) {
        return reveal(round, channel, explanation, winners, List.of());
    }

    /** The same, with some right answers that scored nothing because the players had scored on it before. */
    public static RevealView reveal(
            RoundId round, ChannelId channel, String explanation, List<String> winners, List<String> seenBefore) {
        return reveal(round, channel, explanation, winners, seenBefore, 1);
    }

    /** The same, with {@code wrong} players who chose A. */
    public static RevealView reveal(
            RoundId round,
            ChannelId channel,
            String explanation,
            List<String> winners,
            List<String> seenBefore,
            int wrong) {
        return new RevealView(
                round,
                RoundKind.ASK,
                channel,
                "Prompt?",
                CORE_CONCEPTS,
                Difficulty.BEGINNER,
                List.of(
                        new RevealView.OptionTally(Letter.A, "Wrong", wrong, false),
                        new RevealView.OptionTally(Letter.B, "Right", winners.size() + seenBefore.size(), true),
                        new RevealView.OptionTally(Letter.C, "Wrong too", 0, false),
                        new RevealView.OptionTally(Letter.D, "Also wrong", 0, false)),
                Letter.B,
                explanation,
                Optional.of("Say the name."),
                winners,
                seenBefore,
                winners.isEmpty()
                        ? seenBefore.stream().findFirst()
                        : winners.stream().findFirst(),
                1,
                winners.size() + seenBefore.size() + wrong,
                Optional.empty(),
                "sample-question");
    }
}
