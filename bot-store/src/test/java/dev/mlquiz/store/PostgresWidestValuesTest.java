package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.install.Installation;
import dev.mlquiz.core.install.SealedSecret;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.questions.bank.PackFile;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.questions.pack.PackLimits;
import dev.mlquiz.store.testing.TempPostgres;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL enforces the lengths its columns declare (SQLite does not): each column takes the longest value
 * the code accepts for it, so nothing valid is refused there, nor stops a copy from SQLite midway.
 */
class PostgresWidestValuesTest {
    /** A valid topic id as long as a pack allows. */
    static final String TOPIC = "natural-language-processing-" + "x".repeat(PackLimits.ID_MAX - 28);

    static final String LONGEST_ID_PART = "a".repeat(100);

    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");

    /** One question, on {@link #TOPIC}. */
    static QuestionBank bank() {
        String pack = "id: test\ntitle: Test\ntopics:\n  - {id: " + TOPIC + ", title: Long topic}\nquestions:\n"
                + "  - id: q1\n    topic: " + TOPIC + "\n    difficulty: beginner\n    prompt: Question number 1?\n"
                + "    answer: Right 1\n    distractors: [Wrong a, Wrong b, Wrong c]\n    explanation: Because.\n"
                + "    tip: Remember.\n    sources: [tests]\n";
        QuestionBank bank = QuestionBank.of(List.of(new PackFile("test.yaml", pack)));
        assertThat(bank.problems()).as("the pack is valid").isEmpty();
        assertThat(TOPIC).hasSize(PackLimits.ID_MAX);
        return bank;
    }

    @Test
    void an_answer_to_a_question_whose_topic_id_is_as_long_as_a_pack_allows_is_recorded() {
        try (QuizFixture f = new QuizFixture(db.storage(), bank(), clock)) {
            QuestionCard card = f.ask();

            assertThat(f.answer("alice", card, f.correctLetter(card))).isInstanceOf(AnswerOutcome.Accepted.class);
        }
    }

    @Test
    void a_question_of_the_day_keeps_a_topic_id_as_long_as_a_pack_allows() {
        try (QuizFixture f = new QuizFixture(db.storage(), bank(), clock)) {
            f.run(QuizFixture.admin(QuizFixture.CHANNEL, "boss"), "qotd on 09:00 " + TOPIC);
        }

        assertThat(db.stores()
                        .schedules()
                        .find(QuizFixture.CHANNEL)
                        .orElseThrow()
                        .settings()
                        .topicId())
                .contains(TOPIC);
    }

    @Test
    void the_longest_ids_and_a_channel_name_of_any_length_are_kept() {
        TeamId team = new TeamId(Platform.DISCORD, LONGEST_ID_PART);
        ChannelId channel = new ChannelId(team, LONGEST_ID_PART);
        PlayerId player = new PlayerId(Platform.DISCORD, LONGEST_ID_PART);
        String channelName = "a channel name no platform of today allows ".repeat(10);

        db.stores().directory().rememberChannel(channel, channelName);
        db.stores().directory().rememberPlayer(new Player(player, "n".repeat(Player.NAME_MAX)));

        assertThat(db.stores().directory().names(List.of(player))).containsKey(player);
        assertThat(db.database()
                        .queryOne(
                                "SELECT display_name FROM channels WHERE channel_key = ?",
                                row -> row.getString(1),
                                channel.key()))
                .contains(channelName);
    }

    @Test
    void an_installation_keeps_every_scope_granted_however_many() {
        TeamId team = new TeamId(Platform.SLACK, "T024BE7LD");
        Set<String> scopes = IntStream.range(0, 150)
                .mapToObj(i -> "a-granted-scope-named-at-length:" + i)
                .collect(Collectors.toSet());
        Installation installation = new Installation(
                team,
                Optional.of("E0123"),
                new SealedSecret(new byte[] {1, 2, 3}),
                "U0BOT",
                "B0BOT",
                scopes,
                Instant.parse("2026-03-04T10:00:00Z"));

        JdbcStorage.installations(db.database()).save(installation);

        assertThat(JdbcStorage.installations(db.database()).find(team).map(Installation::scopes))
                .contains(scopes);
    }
}
