package dev.mlquiz.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.testing.RendererSources;
import dev.mlquiz.core.testing.SampleStats;
import dev.mlquiz.core.testing.SampleViews;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.OptionLine;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.questions.Difficulty;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
    static final RoundId ROUND = new RoundId("round1234");
    static final ChannelId CHANNEL = ConsolePlayground.CHANNEL;
    static final Instant NOW = Instant.parse("2026-03-06T09:00:00Z");

    static QuestionCard daily(Duration open) {
        return new QuestionCard(
                ROUND,
                RoundKind.DAILY,
                "Prompt?",
                List.of(
                        new OptionLine(Letter.A, "a"),
                        new OptionLine(Letter.B, "b"),
                        new OptionLine(Letter.C, "c"),
                        new OptionLine(Letter.D, "d")),
                SampleViews.CORE_CONCEPTS,
                Difficulty.BEGINNER,
                1,
                NOW.plus(open),
                0);
    }

    @Test
    void fridays_question_of_the_day_is_open_for_about_three_days_not_two() {
        String card =
                ConsoleRenderer.render(daily(Duration.ofDays(2).plusHours(23).plusMinutes(45)), NOW);

        assertThat(card).startsWith("Question (Core ML concepts, beginner, 1 point) - answer within 3 d\n");
    }

    @Test
    void errors_start_with_an_exclamation_mark_and_information_does_not() {
        assertThat(ConsoleRenderer.render(Notice.error(Text.literal("No round is open.")), NOW))
                .isEqualTo("! No round is open.");
        assertThat(ConsoleRenderer.render(Notice.info(Text.literal("You closed the round early.")), NOW))
                .isEqualTo("You closed the round early.");
    }

    @Test
    void the_reveal_says_who_got_it_in_the_cores_sentences() {
        String reveal = ConsoleRenderer.render(
                SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of("alice", "bob"), List.of("carol")), NOW);

        assertThat(reveal)
                .endsWith("Because.\nTip: Say the name.\n"
                        + "alice and bob got it right (+1 point each)."
                        + " carol got it right too but had scored on it before, so no points this time.\n"
                        + "4 answers, 75% right.\n"
                        + "Question sample-question. Something wrong with it?"
                        + " /mlquiz report sample-question wrong|unclear|outdated|other [details]");
    }

    @Test
    void the_reveal_sentences_come_from_the_core_not_from_this_renderer() throws Exception {
        RendererSources.assertWritesNoRevealSentence(
                Path.of("src/main/java/dev/mlquiz/app/console/ConsoleRenderer.java"));
    }

    @Test
    void every_word_shown_comes_from_the_catalog() throws Exception {
        RendererSources.assertWritesNoWords(Path.of("src/main/java/dev/mlquiz/app/console/ConsoleRenderer.java"));
    }

    @Test
    void stats_show_accuracy_per_level_and_advise_on_the_weakest_spot() {
        String text = ConsoleRenderer.render(SampleStats.withWeakSpot(), java.time.Instant.EPOCH);

        assertThat(text)
                .contains("By level:\n  beginner ")
                .contains("3/3 (100%)")
                .contains("\n" + SampleStats.ADVICE)
                .endsWith("\n" + SampleStats.REVIEW);
    }
}
