package dev.mlquiz.slack;

import com.slack.api.bolt.service.OAuthStateService;
import dev.mlquiz.core.install.OAuthStates;
import java.time.Clock;

/**
 * Bolt's OAuth state store on the core's {@link OAuthStates}, so the installer may come back to any process.
 * Bolt asks whether a state is known only after the browser's cookie matched it, and then once; the state
 * is taken at that moment, so a second use of it fails even while the first is still exchanging its code.
 */
final class StoredOAuthStates implements OAuthStateService {
    private final OAuthStates states;
    private final Clock clock;

    StoredOAuthStates(OAuthStates states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        states.issue(state, clock.instant());
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return state.length() <= OAuthStates.MAX_LENGTH && states.take(state, clock.instant());
    }

    /** Taken already, in {@link #isAvailableInDatabase}. */
    @Override
    public void deleteStateFromDatastore(String state) {}

    @Override
    public long getExpirationInSeconds() {
        return OAuthStates.LIFETIME.toSeconds();
    }
}
