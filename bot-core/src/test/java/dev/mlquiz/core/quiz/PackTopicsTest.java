package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.TopicsView;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.bank.PackFile;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A team's pack brings a topic of its own, and the whole game picks it up. */
class PackTopicsTest {
    static final String CORE = pack("core-concepts", "Core ML concepts", "core", "core-concepts", "");

    static final String VISION = pack(
            "vision",
            "Vision pack",
            "vision",
            "computer-vision",
            "topics:\n  - id: computer-vision\n    title: Computer vision\n"
                    + "    description: Images, video and the models that read them.\n");

    static String pack(String id, String title, String questionPrefix, String topic, String topics) {
        StringBuilder text = new StringBuilder("id: " + id + "\ntitle: " + title + "\n" + topics + "questions:\n");
        for (int i = 1; i <= 3; i++) {
            text.append(
                    """
                      - id: %s-%d
                        topic: %s
                        difficulty: beginner
                        prompt: %s question %d?
                        answer: Right %d
                        distractors: [Wrong %d a, Wrong %d b, Wrong %d c]
                        explanation: Because %d.
                        sources: [tests]
                    """
                            .formatted(questionPrefix, i, topic, questionPrefix, i, i, i, i, i, i));
        }
        return text.toString();
    }

    /** One test's storage: a fixture built later in the test finds what an earlier one stored. */
    final FixtureStorage storage = FixtureStorage.inMemory();

    QuizFixture fixture(String... packs) {
        List<PackFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < packs.length; i++) {
            files.add(new PackFile("pack-" + i + ".yaml", packs[i]));
        }
        QuestionBank bank = QuestionBank.of(files);
        assertThat(bank.problems()).isEmpty();
        return new QuizFixture(storage, bank, MutableClock.at("2026-03-04T10:00:00Z"));
    }

    static PlayerStats stats(QuizFixture f) {
        return ((StatsView) f.run(in(CHANNEL, "alice"), "stats").view()).stats();
    }

    @Test
    void a_team_topic_can_be_asked_by_its_id_or_a_prefix() {
        try (QuizFixture f = fixture(CORE, VISION)) {
            QuestionCard card = f.ask(CHANNEL, "ask computer-vision");
            assertThat(card.topic())
                    .isEqualTo(new Topic(
                            "computer-vision",
                            "Computer vision",
                            Optional.of("Images, video and the models that read them.")));
            f.run(admin(CHANNEL, "admin"), "close");

            assertThat(f.ask(CHANNEL, "ask comp").topic().id()).isEqualTo("computer-vision");
        }
    }

    @Test
    void an_unknown_topic_lists_the_banks_topics() {
        try (QuizFixture f = fixture(CORE, VISION)) {
            assertThat(english(((Notice)
                                    f.run(in(CHANNEL, "alice"), "ask astrology").view())
                            .message()))
                    .isEqualTo("Unknown topic or level 'astrology'. Topics: core-concepts, computer-vision. Levels:"
                            + " beginner, intermediate, advanced.");
        }
    }

    @Test
    void the_topics_view_lists_the_team_topic_in_the_declared_order() {
        try (QuizFixture f = fixture(CORE, VISION)) {
            TopicsView topics = f.quiz.topics(QuizFixture.TEAM);

            assertThat(topics.topics().stream()
                            .map(line -> line.topic().id() + " " + line.topic().title() + "=" + line.questions())
                            .collect(Collectors.toList()))
                    .containsExactly("core-concepts Core ML concepts=3", "computer-vision Computer vision=3");
        }
    }

    @Test
    void stats_count_the_team_topic_in_the_banks_order() {
        try (QuizFixture f = fixture(CORE, VISION)) {
            answer(f, "ask computer-vision");
            answer(f, "ask core");

            assertThat(stats(f).topics())
                    .extracting(score -> score.topic().title() + " " + score.answered())
                    .containsExactly("Core ML concepts 1", "Computer vision 1");
        }
    }

    @Test
    void answers_on_a_topic_whose_pack_was_removed_still_count_titled_by_its_id() {
        try (QuizFixture f = fixture(CORE, VISION)) {
            answer(f, "ask computer-vision");
        }
        try (QuizFixture f = fixture(CORE)) {
            assertThat(stats(f).topics())
                    .containsExactly(new PlayerStats.TopicScore(Topic.undeclared("computer-vision"), 1, 1));
        }
    }

    @Test
    void the_question_of_the_day_keeps_its_team_topic() {
        try (QuizFixture f = fixture(CORE, VISION)) {
            f.run(admin(CHANNEL, "admin"), "qotd on 09:00 computer-vision");

            assertThat(english(
                            ((Notice) f.run(in(CHANNEL, "alice"), "qotd status").view()).message()))
                    .contains("computer-vision");
        }
    }

    static void answer(QuizFixture f, String ask) {
        QuestionCard card = f.ask(CHANNEL, ask);
        f.answer("alice", card, f.correctLetter(card));
        f.run(admin(CHANNEL, "admin"), "close");
        f.clock.advance(Duration.ofMinutes(1));
    }
}
