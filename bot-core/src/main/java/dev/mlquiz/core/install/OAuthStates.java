package dev.mlquiz.core.install;

import java.time.Duration;
import java.time.Instant;

/**
 * The {@code state} values of installs in progress: issued when the install page is shown, taken once when
 * the platform sends the installer back. A state is good for {@link #LIFETIME}; any process on the storage
 * may take it. States are the adapter's random values, at most {@link #MAX_LENGTH} characters.
 */
public interface OAuthStates {
    Duration LIFETIME = Duration.ofMinutes(10);

    int MAX_LENGTH = 100;

    /** Remembers a new state, good until {@code issuedAt + LIFETIME}. */
    void issue(String state, Instant issuedAt);

    /**
     * True once for an issued state taken before it expired; false for an unknown, expired or already
     * taken one. Atomic across processes: of two callers taking one state, at most one gets true.
     */
    boolean take(String state, Instant at);

    /** The state, if a store takes it. */
    static String checked(String state) {
        if (state.isBlank() || state.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "an OAuth state must be 1-" + MAX_LENGTH + " characters, not " + state.length());
        }
        return state;
    }
}
