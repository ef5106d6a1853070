package dev.mlquiz.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link Directory} must do; one subclass per implementation. */
public abstract class DirectoryContract {
    static final PlayerId ALICE = new PlayerId(Platform.SLACK, "U1");
    static final PlayerId BOB = new PlayerId(Platform.SLACK, "U2");

    protected abstract Directory directory();

    @Test
    void the_latest_name_of_a_player_is_kept() {
        directory().rememberPlayer(new Player(ALICE, "alice"));
        directory().rememberPlayer(new Player(ALICE, "Alice Liddell"));

        assertThat(directory().names(List.of(ALICE))).isEqualTo(Map.of(ALICE, "Alice Liddell"));
    }

    @Test
    void unknown_players_are_absent() {
        directory().rememberPlayer(new Player(ALICE, "Alice"));

        assertThat(directory().names(List.of(ALICE, BOB, ALICE))).isEqualTo(Map.of(ALICE, "Alice"));
        assertThat(directory().names(List.of())).isEmpty();
    }

    @Test
    void names_come_back_for_as_many_players_as_asked() {
        List<Player> players = IntStream.range(0, 1_234)
                .mapToObj(i -> new Player(new PlayerId(Platform.DISCORD, "p" + i), "Player " + i))
                .toList();
        players.forEach(directory()::rememberPlayer);

        assertThat(directory().names(players.stream().map(Player::id).toList()))
                .isEqualTo(players.stream().collect(Collectors.toMap(Player::id, Player::displayName)));
    }
}
