package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Directory;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesTest {
    /** Records what is written; every write is a transaction on a database server. */
    static final class RecordingDirectory implements Directory {
        final List<String> writes = new ArrayList<>();

        @Override
        public void rememberPlayer(Player player) {
            writes.add("player " + player.displayName());
        }

        @Override
        public void rememberChannel(ChannelId channel, String displayName) {
            writes.add("channel " + displayName);
        }

        @Override
        public Map<PlayerId, String> names(Collection<PlayerId> players) {
            return Map.of();
        }
    }

    final RecordingDirectory directory = new RecordingDirectory();
    final Names names = new Names(directory);

    @Test
    void commands_in_one_channel_write_its_name_and_the_players_once() {
        for (int i = 0; i < 3; i++) {
            names.remember(new Invocation(player("alice"), CHANNEL, "general", false));
        }

        assertThat(directory.writes).containsExactly("player alice", "channel general");
    }

    @Test
    void a_renamed_channel_or_player_is_written_again() {
        names.remember(new Invocation(player("alice"), CHANNEL, "general", false));
        names.remember(new Invocation(new Player(player("alice").id(), "Alice B."), CHANNEL, "announcements", false));

        assertThat(directory.writes)
                .containsExactly("player alice", "channel general", "player Alice B.", "channel announcements");
    }
}
