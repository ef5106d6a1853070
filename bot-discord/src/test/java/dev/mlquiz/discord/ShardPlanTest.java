package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ShardPlanTest {
    static ShardPlan parse(String shards, String ids) {
        return ShardPlan.parse(Optional.ofNullable(shards), Optional.ofNullable(ids));
    }

    @Test
    void without_settings_the_bot_runs_every_shard_discord_recommends() {
        assertThat(parse(null, null)).isEqualTo(new ShardPlan(OptionalInt.empty(), List.of()));
    }

    @Test
    void a_total_alone_runs_every_shard_of_it() {
        ShardPlan plan = parse("4", null);

        assertThat(plan.total()).hasValue(4);
        assertThat(plan.ids()).isEmpty();
        assertThat(plan.runs(3, 4)).isTrue();
    }

    @Test
    void ids_are_ranges_lists_or_both_and_come_out_sorted_once_each() {
        assertThat(parse("16", "0-3").ids()).containsExactly(0, 1, 2, 3);
        assertThat(parse("16", "5, 0,2").ids()).containsExactly(0, 2, 5);
        assertThat(parse("16", "8-9,0-1,1").ids()).containsExactly(0, 1, 8, 9);
        assertThat(parse("16", "7").ids()).containsExactly(7);
    }

    @Test
    void a_process_runs_only_its_own_shards() {
        ShardPlan plan = parse("4", "1,3");

        assertThat(plan.runs(1, 4)).isTrue();
        assertThat(plan.runs(0, 4)).isFalse();
        assertThat(plan.describe(4)).isEqualTo("shards 1,3 of 4");
    }

    @Test
    void an_id_outside_the_total_is_refused_in_one_line() {
        assertThatThrownBy(() -> parse("2", "0-3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DISCORD_SHARD_IDS names shard 2, but shards are numbered 0 to 1 (DISCORD_SHARDS=2)");
        assertThatThrownBy(() -> parse("2", "-1"))
                .hasMessage("DISCORD_SHARD_IDS names shard -1, but shards are numbered 0 to 1 (DISCORD_SHARDS=2)");
        assertThatThrownBy(() -> parse("2", "0-2000000000"))
                .hasMessage("DISCORD_SHARD_IDS names shard 2000000000, but shards are numbered 0 to 1"
                        + " (DISCORD_SHARDS=2)");
    }

    @Test
    void ids_need_a_total_every_process_agrees_on() {
        assertThatThrownBy(() -> parse(null, "0-1"))
                .hasMessage("DISCORD_SHARD_IDS needs DISCORD_SHARDS: every process must agree on the total number"
                        + " of shards");
    }

    @Test
    void malformed_values_are_refused_with_what_was_given() {
        assertThatThrownBy(() -> parse("many", null))
                .hasMessage("DISCORD_SHARDS must be a number of shards, not 'many'");
        assertThatThrownBy(() -> parse("0", null)).hasMessage("DISCORD_SHARDS must be between 1 and 65536, not 0");
        assertThatThrownBy(() -> parse("4", "0..3"))
                .hasMessage("DISCORD_SHARD_IDS must be shard numbers such as 0-3 or 0,2,5, not '0..3'");
        assertThatThrownBy(() -> parse("4", "0,,1"))
                .hasMessage("DISCORD_SHARD_IDS must be shard numbers such as 0-3 or 0,2,5, not ''");
        assertThatThrownBy(() -> parse("4", "3-1"))
                .hasMessage("DISCORD_SHARD_IDS range '3-1' ends before it starts; write it as 1-3");
    }

    @Test
    void a_server_is_on_the_shard_its_id_names() {
        assertThat(ShardPlan.shardOf(1000, 2)).isZero();
        assertThat(ShardPlan.shardOf(1L << 22, 2)).isOne();
        assertThat(ShardPlan.shardOf(81384788765712384L, 16)).isEqualTo((int) ((81384788765712384L >> 22) % 16));
    }

    @Test
    void global_commands_are_registered_through_shard_zero_and_a_servers_through_its_own_shard() {
        assertThat(CommandRegistration.registeringShard(Optional.empty(), 8)).isZero();
        assertThat(CommandRegistration.registeringShard(Optional.of(String.valueOf(3L << 22)), 8))
                .isEqualTo(3);
        assertThat(CommandRegistration.registeringShard(Optional.of(String.valueOf(11L << 22)), 8))
                .isEqualTo(3);
    }
}
