package dev.mlquiz.core.view;

import static dev.mlquiz.core.testing.English.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.testing.RendererSources;
import dev.mlquiz.core.testing.SampleViews;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.questions.Difficulty;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RevealViewTest {
    static final RoundId ROUND = new RoundId("round1234");
    static final ChannelId CHANNEL = new ChannelId(new TeamId(Platform.CONSOLE, "t"), "c");

    static RevealView reveal(List<String> winners, List<String> seenBefore) {
        return SampleViews.reveal(ROUND, CHANNEL, "Because.", winners, seenBefore);
    }

    static RevealView nobodyAnswered() {
        return SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of(), List.of(), 0);
    }

    static List<String> results(RevealView reveal) {
        return english(reveal.results(names -> Wording.names(Catalog.english(), names)));
    }

    @Test
    void nobody_answered_says_so_and_counts_no_answers() {
        assertThat(results(nobodyAnswered())).containsExactly("Nobody answered.");
        assertThat(nobodyAnswered().tally()).isEmpty();
    }

    @Test
    void nobody_right_says_so_once() {
        RevealView reveal = reveal(List.of(), List.of());

        assertThat(results(reveal)).containsExactly("Nobody got it right.");
        assertThat(english(reveal.tally())).contains("1 answer, 0% right.");
    }

    @Test
    void the_winners_are_named_as_in_a_sentence_with_their_points() {
        assertThat(results(reveal(List.of("alice"), List.of()))).containsExactly("alice got it right (+1 point).");
        assertThat(results(reveal(List.of("alice", "bob"), List.of())))
                .containsExactly("alice and bob got it right (+1 point each).");
        assertThat(english(reveal(List.of("alice", "bob"), List.of()).tally())).contains("3 answers, 67% right.");
    }

    @Test
    void right_answers_that_scored_before_are_named_apart() {
        assertThat(results(reveal(List.of("alice"), List.of("carol"))))
                .containsExactly(
                        "alice got it right (+1 point).",
                        "carol got it right too but had scored on it before, so no points this time.");
        assertThat(results(reveal(List.of(), List.of("carol"))))
                .containsExactly("carol got it right but had scored on it before, so no points this time.");
    }

    @Test
    void names_are_written_the_platforms_way() {
        assertThat(english(reveal(List.of("alice", "bob"), List.of())
                        .results(names -> "<" + String.join("|", names) + ">")))
                .containsExactly("<alice|bob> got it right (+1 point each).");
    }

    @Test
    void a_question_of_the_day_names_who_was_first_and_how_many_regulars_took_part() {
        RevealView daily = new RevealView(
                ROUND,
                RoundKind.DAILY,
                CHANNEL,
                "Prompt?",
                SampleViews.CORE_CONCEPTS,
                Difficulty.ADVANCED,
                List.of(
                        new RevealView.OptionTally(Letter.A, "Right", 2, true),
                        new RevealView.OptionTally(Letter.B, "Wrong", 0, false),
                        new RevealView.OptionTally(Letter.C, "Wrong", 0, false),
                        new RevealView.OptionTally(Letter.D, "Wrong", 0, false)),
                Letter.A,
                "Because.",
                Optional.empty(),
                List.of("bob", "alice"),
                List.of(),
                Optional.of("bob"),
                3,
                2,
                Optional.of(new RevealView.Participation(2, 5)),
                "sample-question");

        assertThat(results(daily)).containsExactly("bob and alice got it right (+3 points each).");
        assertThat(english(daily.firstRightSentence(UnaryOperator.identity())))
                .contains("bob was first to get it right.");
        assertThat(english(daily.participationSentence())).contains("2 of 5 regular players took part (40%).");
        assertThat(reveal(List.of("alice"), List.of()).firstRightSentence(UnaryOperator.identity()))
                .as("an asked round does not race")
                .isEmpty();
    }

    @Test
    void the_renderers_source_check_knows_every_reveal_sentence() {
        assertThat(RendererSources.catalogFragments())
                .contains(
                        "Nobody answered.",
                        "Nobody got it right.",
                        " got it right (+",
                        " was first to get it right.",
                        " regular players took part (");
    }
}
