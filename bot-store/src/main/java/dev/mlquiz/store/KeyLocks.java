package dev.mlquiz.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Locks on what may have no row to lock yet (a player's first card, the first paid answer to a question):
 * 64-bit keys named after what they guard, taken through {@link Dialect#lockKeys} until the transaction ends.
 */
final class KeyLocks {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private KeyLocks() {}

    /** The key of what {@code parts} name (FNV-1a): the same on every process; a rare clash only waits. */
    static long key(String... parts) {
        long hash = FNV_OFFSET;
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * FNV_PRIME;
            }
            hash = (hash ^ 0xff) * FNV_PRIME; // a separator no UTF-8 byte equals: ("ab", "c") is not ("a", "bc")
        }
        return hash;
    }

    /**
     * Takes the locks of {@code keys} in the context's transaction, in ascending order so that two
     * transactions never wait on each other; nothing where the dialect needs none.
     */
    static void take(WriteContext context, Dialect dialect, Stream<Long> keys) throws SQLException {
        Optional<String> sql = dialect.lockKeys();
        if (sql.isPresent()) {
            take(context, sql.get(), keys);
        }
    }

    /** {@link #take(WriteContext, Dialect, Stream)} with the dialect's {@code lockKeys} statement. */
    static void take(WriteContext context, String lockKeys, Stream<Long> keys) throws SQLException {
        Long[] sorted = ascending(keys);
        if (sorted.length > 0) {
            context.query(lockKeys, row -> null, context.connection().createArrayOf("bigint", sorted));
        }
    }

    /** The keys as the dialect's {@code lockKeys} statement takes them: once each, ascending. */
    static Long[] ascending(Stream<Long> keys) {
        return keys.distinct().sorted().toArray(Long[]::new);
    }
}
