package dev.mlquiz.discord;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which Discord shards this process runs. Discord puts a server on shard {@code (guild_id >> 22) % total};
 * a large bot runs its shards in several processes, each with its own range, on one database.
 *
 * @param total the number of shards; empty asks Discord for the count it recommends
 * @param ids the shards this process runs, ascending; empty runs every shard
 */
public record ShardPlan(OptionalInt total, List<Integer> ids) {
    /** Discord's limit on shards per bot is far lower; this only keeps a typo from starting a million. */
    static final int MAX_SHARDS = 65_536;

    public ShardPlan {
        ids = List.copyOf(ids);
        if (total.isPresent() && (total.getAsInt() < 1 || total.getAsInt() > MAX_SHARDS)) {
            throw new IllegalArgumentException(
                    "DISCORD_SHARDS must be between 1 and " + MAX_SHARDS + ", not " + total.getAsInt());
        }
        if (!ids.isEmpty() && total.isEmpty()) {
            throw new IllegalArgumentException("DISCORD_SHARD_IDS needs DISCORD_SHARDS: every process must"
                    + " agree on the total number of shards");
        }
        for (int id : ids) {
            if (id < 0 || id >= total.orElse(Integer.MAX_VALUE)) {
                throw new IllegalArgumentException(
                        "DISCORD_SHARD_IDS names shard " + id + ", but shards are numbered 0 to "
                                + (total.getAsInt() - 1) + " (DISCORD_SHARDS=" + total.getAsInt() + ")");
            }
        }
    }

    /** Every shard Discord recommends, in this process. */
    public static ShardPlan recommended() {
        return new ShardPlan(OptionalInt.empty(), List.of());
    }

    /**
     * Reads {@code DISCORD_SHARDS} (a count) and {@code DISCORD_SHARD_IDS} ({@code 0-3}, {@code 0,2,5} or a mix
     * such as {@code 0-3,8}).
     *
     * @throws IllegalArgumentException with the one line to show, when either is malformed or out of range
     */
    public static ShardPlan parse(Optional<String> shards, Optional<String> shardIds) {
        OptionalInt total = shards.map(text -> OptionalInt.of(number("DISCORD_SHARDS", text)))
                .orElse(OptionalInt.empty());
        return new ShardPlan(total, shardIds.map(ShardPlan::ids).orElse(List.of()));
    }

    private static List<Integer> ids(String text) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            String item = part.strip();
            int dash = item.indexOf('-', 1);
            if (dash < 0) {
                ids.add(number("DISCORD_SHARD_IDS", item));
                continue;
            }
            int first = number("DISCORD_SHARD_IDS", item.substring(0, dash).strip());
            int last = number("DISCORD_SHARD_IDS", item.substring(dash + 1).strip());
            if (last < first) {
                throw new IllegalArgumentException("DISCORD_SHARD_IDS range '" + item
                        + "' ends before it starts; write it as " + last + "-" + first);
            }
            if (last >= MAX_SHARDS) {
                ids.add(last); // out of range: refused below, without listing a huge range first
                continue;
            }
            for (int id = first; id <= last; id++) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static int number(String variable, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be "
                    + (variable.equals("DISCORD_SHARDS") ? "a number of shards" : "shard numbers such as 0-3 or 0,2,5")
                    + ", not '" + text.strip() + "'");
        }
    }

    /** Whether this process runs {@code shard}, once the total is known. */
    boolean runs(int shard, int knownTotal) {
        return ids.isEmpty() ? shard < knownTotal : ids.contains(shard);
    }

    /** The shard Discord sends a server's events to. */
    static int shardOf(long guildId, int total) {
        return (int) ((guildId >>> 22) % total);
    }

    /** For logs: "shards 0-1 of 2", "shards 0,2 of 4", "every shard Discord recommends". */
    String describe(int knownTotal) {
        if (ids.isEmpty()) {
            return "all " + knownTotal + " shard" + (knownTotal == 1 ? "" : "s");
        }
        return "shard" + (ids.size() == 1 ? " " : "s ")
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + " of " + knownTotal;
    }
}
