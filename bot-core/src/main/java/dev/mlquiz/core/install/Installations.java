package dev.mlquiz.core.install;

import dev.mlquiz.core.identity.TeamId;
import java.util.Optional;

/** The workspaces the app is installed in, shared by every process on the storage. */
public interface Installations {
    /** Keeps the installation, replacing the workspace's earlier one (a reinstall brings a new token). */
    void save(Installation installation);

    Optional<Installation> find(TeamId team);

    /** The workspace uninstalled the app or revoked its token: it is served no more. Idempotent. */
    void remove(TeamId team);

    /** How many workspaces have the app installed now (for the metrics endpoint). */
    int count();
}
