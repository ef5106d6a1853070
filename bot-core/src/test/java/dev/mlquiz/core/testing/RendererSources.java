package dev.mlquiz.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.questions.Difficulty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks that a renderer's source writes none of the reveal's sentences itself: their fixed words come
 * from the core's {@link RevealView}, so a sentence copied into a renderer fails its test.
 */
public final class RendererSources {
    /** Stands for a name or a number in a sentence. */
    private static final String HOLE = "\u0001";

    private RendererSources() {}

    public static void assertWritesNoRevealSentence(Path source) throws IOException {
        String text = Files.readString(source);
        assertThat(revealFragments())
                .as("reveal wording copied into " + source + " instead of taken from RevealView")
                .isNotEmpty()
                .allSatisfy(fragment -> assertThat(text).doesNotContain(fragment));
    }

    /** The fixed words of every reveal sentence, long enough to be telling. */
    public static List<String> revealFragments() {
        List<String> sentences = new ArrayList<>();
        for (RevealView reveal : List.of(
                reveal(List.of(), List.of(), 0),
                reveal(List.of(), List.of(), 1),
                reveal(List.of(HOLE), List.of(), 1),
                reveal(List.of(HOLE, HOLE), List.of(HOLE), 1),
                reveal(List.of(), List.of(HOLE), 1))) {
            sentences.addAll(reveal.results(names -> HOLE));
            reveal.tally().ifPresent(sentences::add);
            reveal.firstRightSentence(name -> HOLE).ifPresent(sentences::add);
            reveal.participationSentence().ifPresent(sentences::add);
        }
        return sentences.stream()
                .flatMap(sentence ->
                        Arrays.stream(sentence.replaceAll("[0-9]+", HOLE).split(HOLE)))
                .filter(fragment -> fragment.strip().length() >= 8)
                .distinct()
                .collect(Collectors.toList());
    }

    private static RevealView reveal(List<String> winners, List<String> seenBefore, int wrong) {
        int right = winners.size() + seenBefore.size();
        return new RevealView(
                new RoundId("round1234"),
                RoundKind.DAILY,
                new ChannelId(new TeamId(Platform.CONSOLE, "t"), "c"),
                "Prompt?",
                SampleViews.CORE_CONCEPTS,
                Difficulty.BEGINNER,
                List.of(
                        new RevealView.OptionTally(Letter.A, "Wrong", wrong, false),
                        new RevealView.OptionTally(Letter.B, "Right", right, true),
                        new RevealView.OptionTally(Letter.C, "Wrong", 0, false),
                        new RevealView.OptionTally(Letter.D, "Wrong", 0, false)),
                Letter.B,
                "Because.",
                Optional.empty(),
                winners,
                seenBefore,
                winners.stream().findFirst(),
                1,
                right + wrong,
                Optional.of(new RevealView.Participation(right + wrong, 5)));
    }
}
