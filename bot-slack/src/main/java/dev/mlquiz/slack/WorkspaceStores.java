package dev.mlquiz.slack;

import dev.mlquiz.core.install.Installations;
import dev.mlquiz.core.install.OAuthStates;
import java.time.Clock;
import java.util.Objects;

/**
 * Where OAuth mode keeps the installations and the states of installs in progress (the database, shared by
 * every instance), and the clock that dates them and expires the states.
 */
public record WorkspaceStores(Installations installations, OAuthStates states, Clock clock) {
    public WorkspaceStores {
        Objects.requireNonNull(installations, "installations");
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(clock, "clock");
    }
}
