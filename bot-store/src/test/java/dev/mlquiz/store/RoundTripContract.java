package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.daily.DailySchedule;
import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.daily.DaySet;
import dev.mlquiz.core.deck.DeckCard;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Decks, settings and names read back exactly as written, including after reopening the database. One
 * subclass per engine.
 */
abstract class RoundTripContract {
    static final TeamId TEAM = new TeamId(Platform.SLACK, "T1");
    static final ChannelId CHANNEL = new ChannelId(TEAM, "C1");

    /** The test's database. */
    protected abstract TestDatabase db();

    QuizStores stores() {
        return db().stores();
    }

    void reopen() {
        db().reopen();
    }

    @Test
    void a_deck_reads_back_as_saved_and_saving_replaces_it() {
        List<DeckCard> cards =
                List.of(new DeckCard("q1", 3, 2, OptionalLong.of(7)), new DeckCard("q2", -5, 0, OptionalLong.empty()));
        stores().decks().save("channel:a", 0, cards);
        stores().decks().save("channel:b", 0, List.of(new DeckCard("q9", 1, 0, OptionalLong.empty())));
        reopen();

        assertThat(stores().decks().load("channel:a").cards()).containsExactlyInAnyOrderElementsOf(cards);
        stores().decks().save("channel:a", 1, List.of(cards.get(1)));
        assertThat(stores().decks().load("channel:a").cards()).containsExactly(cards.get(1));
        assertThat(stores().decks().load("channel:never").cards()).isEmpty();
    }

    @Test
    void settings_read_back_and_can_change() {
        assertThat(stores().settings().roundLength(CHANNEL)).isEmpty();
        assertThat(stores().settings().timeZone(TEAM)).isEmpty();

        stores().settings().setRoundLength(CHANNEL, Duration.ofSeconds(45));
        stores().settings().setRoundLength(CHANNEL, Duration.ofSeconds(90));
        stores().settings().setTimeZone(TEAM, ZoneId.of("Asia/Tokyo"));
        reopen();

        assertThat(stores().settings().roundLength(CHANNEL)).contains(Duration.ofSeconds(90));
        assertThat(stores().settings().timeZone(TEAM)).contains(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void a_round_message_reference_survives_a_restart() {
        RoundMessages messages = JdbcStorage.roundMessages(db().database());
        messages.attach(new RoundId("round1"), "2000/3000");
        reopen();

        assertThat(JdbcStorage.roundMessages(db().database()).messageRef(new RoundId("round1")))
                .contains("2000/3000");
        assertThat(JdbcStorage.roundMessages(db().database()).messageRef(new RoundId("round2")))
                .isEmpty();
    }

    @Test
    void the_latest_name_of_a_player_is_kept() {
        PlayerId alice = new PlayerId(Platform.SLACK, "U1");
        stores().directory().rememberPlayer(new Player(alice, "alice"));
        stores().directory().rememberPlayer(new Player(alice, "Alice Liddell"));

        assertThat(stores().directory().names(List.of(alice, new PlayerId(Platform.SLACK, "U2"))))
                .isEqualTo(Map.of(alice, "Alice Liddell"));
    }

    @Test
    void a_schedule_reads_back_and_a_day_is_claimed_once() {
        DailySchedule schedule = new DailySchedule(
                CHANNEL,
                new DailySettings(
                        LocalTime.of(7, 45),
                        Optional.of(ZoneId.of("Europe/Berlin")),
                        DaySet.parse("mon,thu").orElseThrow(),
                        Optional.of("llms-nlp"),
                        Optional.of(Difficulty.ADVANCED),
                        Optional.of(Duration.ofHours(8))),
                true,
                true,
                Optional.empty(),
                Optional.empty());
        stores().schedules().save(schedule);
        reopen();

        assertThat(stores().schedules().find(CHANNEL)).contains(schedule);
        assertThat(stores().schedules().enabled()).containsExactly(schedule);
        LocalDate day = LocalDate.parse("2026-03-02");
        Instant at = Instant.parse("2026-03-02T06:45:00Z");
        Duration lease = Duration.ofMinutes(2);
        assertThat(stores().schedules()
                        .claim(CHANNEL, day, new RoundId("round1"), at, lease)
                        .won())
                .isTrue();
        reopen();
        assertThat(stores().schedules()
                        .claim(CHANNEL, day, new RoundId("round2"), at, lease)
                        .won())
                .isFalse();
        assertThat(stores().schedules()
                        .claim(CHANNEL, day.plusDays(1), new RoundId("round3"), at, lease)
                        .won())
                .isTrue();
        stores().schedules().recordError(CHANNEL, "Missing Access", at);
        assertThat(stores().schedules().find(CHANNEL).orElseThrow().lastError()).contains("Missing Access");
        stores().schedules().save(schedule.withSettings(schedule.settings(), false));
        assertThat(stores().schedules().enabled()).isEmpty();
    }
}
