package dev.mlquiz.core.identity;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Identifies a round in buttons and storage. Generated rather than taken from a database sequence so
 * the same ids work on SQLite and on a PostgreSQL shared by several instances.
 */
public record RoundId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[0-9a-z]{4,24}");
    private static final int RANDOM_LENGTH = 8;

    public RoundId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("round id '" + value + "' must be 4-24 lower-case letters or digits");
        }
    }

    /** Time-ordered prefix (milliseconds, base 36) plus random base-36 digits. */
    public static RoundId next(long epochMillis, RandomGenerator random) {
        StringBuilder id = new StringBuilder(Long.toString(epochMillis, Character.MAX_RADIX));
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            id.append(Character.forDigit(random.nextInt(Character.MAX_RADIX), Character.MAX_RADIX));
        }
        return new RoundId(id.toString());
    }
}
