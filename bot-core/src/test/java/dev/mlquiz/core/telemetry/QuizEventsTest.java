package dev.mlquiz.core.telemetry;

import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuizEventsTest {
    private final Recorded events = new Recorded();
    private final FixtureStorage.Opened storage = FixtureStorage.inMemory().open();
    private final Quiz quiz = new Quiz(
            TestBanks.beginner(8),
            storage.stores(),
            new RecordingAnnouncer(),
            MutableClock.at("2026-03-02T10:00:00Z"),
            new SplittableRandom(1),
            events);

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void an_asked_round_is_told_when_it_opens_when_it_takes_an_answer_and_when_it_is_revealed() {
        QuestionCard card = (QuestionCard) run("ask").view();
        quiz.answer(player("alice"), CHANNEL, card.round(), Letter.A);
        run(admin(CHANNEL, "boss"), "close");

        assertThat(events.seen).containsExactly("opened ASK", "answered ASK", "revealed ASK");
    }

    @Test
    void a_repeated_click_and_a_click_on_a_closed_round_record_nothing() {
        QuestionCard card = (QuestionCard) run("ask").view();
        quiz.answer(player("alice"), CHANNEL, card.round(), Letter.A);
        quiz.answer(player("alice"), CHANNEL, card.round(), Letter.B);
        run(admin(CHANNEL, "boss"), "close");
        quiz.answer(player("bob"), CHANNEL, card.round(), Letter.B);

        assertThat(events.seen).containsExactly("opened ASK", "answered ASK", "revealed ASK");
    }

    @Test
    void asking_while_a_round_is_open_opens_nothing_new() {
        run("ask");
        run("ask");

        assertThat(events.seen).containsExactly("opened ASK");
    }

    private Reply run(String command) {
        return run(in(CHANNEL, "asker"), command);
    }

    private Reply run(Invocation who, String command) {
        return quiz.execute(who, CommandParser.parse(command, quiz.bank().topics()));
    }

    private static final class Recorded implements QuizEvents {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void roundOpened(RoundKind kind) {
            seen.add("opened " + kind);
        }

        @Override
        public void answerRecorded(RoundKind kind) {
            seen.add("answered " + kind);
        }

        @Override
        public void roundRevealed(RoundKind kind) {
            seen.add("revealed " + kind);
        }
    }
}
