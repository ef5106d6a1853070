package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.English.notice;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.TEAM;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.English;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.OptionLine;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AskingTest {
    QuizFixture fixture;

    QuizFixture with(int questions) {
        fixture = new QuizFixture(
                TestBanks.of(
                        questions,
                        List.of("core-concepts", "llms-nlp"),
                        List.of("beginner", "intermediate", "advanced")),
                MutableClock.at("2026-03-02T10:00:00Z"));
        return fixture;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Asks, then closes the round so the next ask may open one. */
    String askAndClose(QuizFixture f, ChannelId channel) {
        QuestionCard card = f.ask(channel, "ask");
        f.run(QuizFixture.admin(channel, "admin"), "close");
        return card.prompt();
    }

    @Test
    void ask_posts_a_card_to_the_channel_with_four_lettered_options_and_a_close_time() {
        QuizFixture f = with(6);

        Reply reply = f.run(in(CHANNEL, "alice"), "ask");

        assertThat(reply.audience()).isEqualTo(Audience.CHANNEL);
        QuestionCard card = (QuestionCard) reply.view();
        assertThat(card.options()).extracting(OptionLine::letter).containsExactly(Letter.values());
        String n = card.prompt().replaceAll("\\D", "");
        assertThat(card.options())
                .extracting(OptionLine::text)
                .containsExactlyInAnyOrder("Right " + n, "Wrong " + n + " a", "Wrong " + n + " b", "Wrong " + n + " c");
        assertThat(card.closesAt()).isEqualTo(Instant.parse("2026-03-02T10:01:00Z"));
        assertThat(card.answerCount()).isZero();
    }

    @Test
    void the_shuffled_option_order_is_kept_with_the_round() {
        QuizFixture f = with(6);
        QuestionCard posted = f.ask();

        f.restart();

        assertThat(f.quiz.card(posted.round())).contains(posted);
    }

    @Test
    void options_are_shuffled_across_rounds() {
        QuizFixture f = with(30);
        Set<Letter> correctLetters = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            QuestionCard card = f.ask();
            correctLetters.add(f.correctLetter(card));
            f.run(QuizFixture.admin(CHANNEL, "admin"), "close");
        }

        assertThat(correctLetters).hasSizeGreaterThan(2);
    }

    @Test
    void a_second_ask_while_a_round_is_open_shows_that_round_again_with_its_live_count() {
        QuizFixture f = with(6);
        QuestionCard open = f.ask();
        f.answer("alice", open, Letter.A);
        f.clock.advance(Duration.ofSeconds(20));

        Reply second = f.run(in(CHANNEL, "bob"), "ask");

        assertThat(english(second))
                .isEqualTo(Reply.privately(English.noted(
                        "A round is already open in this channel; here it is again.",
                        f.quiz.card(open.round()).orElseThrow())));
        assertThat(((NotedCard) second.view()).card().answerCount()).isEqualTo(1);
        assertThat(((NotedCard) second.view()).card().closesAt()).isEqualTo(open.closesAt());
    }

    @Test
    void after_a_restart_an_ask_shows_the_round_left_open() {
        QuizFixture f = with(6);
        QuestionCard open = f.ask();

        f.restart();
        Reply again = f.run(in(CHANNEL, "bob"), "ask");

        assertThat(again.view()).isInstanceOf(NotedCard.class);
        assertThat(((NotedCard) again.view()).card()).isEqualTo(open);
    }

    @Test
    void the_time_left_of_an_open_round_reads_in_minutes_and_seconds_not_raw_seconds() {
        QuizFixture f = with(6);
        f.run(QuizFixture.admin(CHANNEL, "admin"), "config round-seconds 600");
        f.ask();
        f.clock.advance(Duration.ofMillis(1500));

        NotedCard second = (NotedCard) f.run(in(CHANNEL, "bob"), "ask").view();

        assertThat(English.duration(
                        Duration.between(f.clock.instant(), second.card().closesAt())))
                .isEqualTo("9 min 59 s");
    }

    @Test
    void no_question_repeats_in_a_channel_until_its_deck_is_used_up_even_across_restarts() {
        QuizFixture f = with(12);
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            prompts.add(askAndClose(f, CHANNEL));
            if (i % 4 == 3) {
                f.restart();
            }
        }

        assertThat(prompts).doesNotHaveDuplicates().hasSize(12);
        assertThat(askAndClose(f, CHANNEL)).isIn(prompts);
    }

    @Test
    void each_channel_has_its_own_deck() {
        QuizFixture f = with(4);
        ChannelId other = new ChannelId(TEAM, "random");
        List<String> here = new ArrayList<>();
        List<String> there = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            here.add(askAndClose(f, CHANNEL));
            there.add(askAndClose(f, other));
        }

        assertThat(here).doesNotHaveDuplicates();
        assertThat(there).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(here);
    }

    @Test
    void topic_and_level_filters_choose_matching_questions() {
        QuizFixture f = with(12);

        QuestionCard card = f.ask(CHANNEL, "ask llms advanced");

        assertThat(card.topic()).isEqualTo(new Topic("llms-nlp", "LLMs & NLP", Optional.empty()));
        assertThat(card.difficulty()).isEqualTo(Difficulty.ADVANCED);
        assertThat(card.points()).isEqualTo(3);
    }

    @Test
    void filtered_rounds_draw_from_the_channel_deck() {
        QuizFixture f = with(12);
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            prompts.add(f.ask(CHANNEL, "ask core").prompt());
            f.run(QuizFixture.admin(CHANNEL, "admin"), "close");
        }
        for (int i = 0; i < 6; i++) {
            prompts.add(askAndClose(f, CHANNEL));
        }

        assertThat(prompts).doesNotHaveDuplicates();
    }

    @Test
    void an_unknown_filter_gets_a_clear_private_message() {
        QuizFixture f = with(6);

        Reply reply = f.run(in(CHANNEL, "alice"), "ask quantum");

        assertThat(reply.audience()).isEqualTo(Audience.PRIVATE);
        assertThat(english(((Notice) reply.view()).message()))
                .startsWith("Unknown topic or level 'quantum'. Topics: core-concepts,");
    }

    @Test
    void a_filter_nothing_matches_says_so() {
        QuizFixture f = with(6);

        Reply reply = f.run(in(CHANNEL, "alice"), "ask mlops");

        assertThat(english(reply))
                .isEqualTo(Reply.privately(notice(
                        Notice.Tone.ERROR,
                        "No questions match mlops-production. See /mlquiz topics for what there is.")));
    }

    @Test
    void topics_lists_every_topic_with_its_count() {
        QuizFixture f = with(6);

        assertThat(f.quiz.topics(QuizFixture.TEAM).topics().stream()
                        .filter(line -> line.questions() > 0)
                        .map(line -> line.topic().id() + "=" + line.questions())
                        .collect(Collectors.toList()))
                .containsExactly("core-concepts=3", "llms-nlp=3");
    }

    @Test
    void a_channel_the_bot_cannot_post_in_gets_the_reason_and_no_round() {
        QuizFixture f = with(5);
        Invocation blind = new Invocation(
                QuizFixture.player("alice"),
                CHANNEL,
                "general",
                true,
                java.util.Optional.of("I need the View Channel permission in #general."));

        Reply ask = f.quiz.execute(
                blind,
                dev.mlquiz.core.command.CommandParser.parse("ask", f.quiz.bank().topics()));
        Reply qotd = f.quiz.execute(
                blind,
                dev.mlquiz.core.command.CommandParser.parse(
                        "qotd on 09:00", f.quiz.bank().topics()));

        assertThat(ask.audience()).isEqualTo(Audience.PRIVATE);
        assertThat(english(((Notice) ask.view()).message()))
                .isEqualTo("I need the View Channel permission in #general.");
        assertThat(english(((Notice) qotd.view()).message()))
                .isEqualTo("I need the View Channel permission in #general.");
        assertThat(f.quiz.openRound(CHANNEL)).isEmpty();
        assertThat(english(((Notice) f.run(in(CHANNEL, "alice"), "qotd status").view()).message()))
                .startsWith("The question of the day is off");
    }
}
