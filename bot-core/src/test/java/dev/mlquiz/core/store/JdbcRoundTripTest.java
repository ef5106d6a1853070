package dev.mlquiz.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.deck.DeckCard;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.testing.TempDatabase;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Decks, settings and names read back exactly as written, including after reopening the file. */
class JdbcRoundTripTest {
    static final TeamId TEAM = new TeamId(Platform.SLACK, "T1");
    static final ChannelId CHANNEL = new ChannelId(TEAM, "C1");

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    QuizStores stores() {
        return db.stores();
    }

    void reopen() {
        db.reopen();
    }

    @Test
    void a_deck_reads_back_as_saved_and_saving_replaces_it() {
        List<DeckCard> cards =
                List.of(new DeckCard("q1", 3, OptionalLong.of(7)), new DeckCard("q2", 0, OptionalLong.empty()));
        stores().decks().save("channel:a", cards);
        stores().decks().save("channel:b", List.of(new DeckCard("q9", 1, OptionalLong.empty())));
        reopen();

        assertThat(stores().decks().load("channel:a")).containsExactlyInAnyOrderElementsOf(cards);
        stores().decks().save("channel:a", List.of(cards.get(1)));
        assertThat(stores().decks().load("channel:a")).containsExactly(cards.get(1));
        assertThat(stores().decks().load("channel:never")).isEmpty();
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
        RoundMessages messages = JdbcStorage.roundMessages(db.database());
        messages.attach(new RoundId("round1"), "2000/3000");
        reopen();

        assertThat(JdbcStorage.roundMessages(db.database()).messageRef(new RoundId("round1")))
                .contains("2000/3000");
        assertThat(JdbcStorage.roundMessages(db.database()).messageRef(new RoundId("round2")))
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
}
