package dev.mlquiz.core.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.TeamId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link Installations} must do; one subclass per implementation. */
public abstract class InstallationsContract {
    protected static final Instant AT = Instant.parse("2026-03-04T10:00:00Z");
    protected static final TeamId T1 = new TeamId(Platform.SLACK, "T1");
    protected static final TeamId T2 = new TeamId(Platform.SLACK, "T2");

    protected abstract Installations installations();

    protected static Installation installation(TeamId team, byte... token) {
        return new Installation(
                team, Optional.empty(), new SealedSecret(token), "UBOT", "B1", Set.of("commands", "chat:write"), AT);
    }

    @Test
    void a_saved_installation_is_found_as_it_was_saved() {
        Installation saved = new Installation(
                T1,
                Optional.of("E1"),
                new SealedSecret(new byte[] {1, 2, 3, 0, -1}),
                "U0BOT",
                "B0BOT",
                Set.of("commands", "chat:write", "users:read"),
                AT);

        installations().save(saved);

        assertThat(installations().find(T1)).contains(saved);
    }

    @Test
    void a_workspace_never_installed_is_not_found() {
        installations().save(installation(T1, (byte) 1));

        assertThat(installations().find(T2)).isEmpty();
        assertThat(installations().find(new TeamId(Platform.DISCORD, "T1"))).isEmpty();
    }

    @Test
    void installing_again_replaces_the_token() {
        installations().save(installation(T1, (byte) 1));

        installations().save(installation(T1, (byte) 2));

        assertThat(installations().find(T1).orElseThrow().botToken()).isEqualTo(new SealedSecret(new byte[] {2}));
    }

    @Test
    void a_removed_workspace_is_gone_and_the_others_stay() {
        installations().save(installation(T1, (byte) 1));
        installations().save(installation(T2, (byte) 2));

        installations().remove(T1);
        installations().remove(T1);

        assertThat(installations().find(T1)).isEmpty();
        assertThat(installations().find(T2)).isPresent();
    }

    @Test
    void the_largest_sealed_token_is_kept_whole() {
        byte[] largest = new byte[SealedSecret.MAX_BYTES];
        for (int i = 0; i < largest.length; i++) {
            largest[i] = (byte) i;
        }

        installations().save(installation(T1, largest));

        assertThat(installations().find(T1).orElseThrow().botToken().bytes()).isEqualTo(largest);
    }

    @Test
    void the_count_is_the_number_of_workspaces_installed_now() {
        installations().save(installation(T1, (byte) 1));
        installations().save(installation(T2, (byte) 2));
        installations().save(installation(T1, (byte) 3));
        int both = installations().count();

        installations().remove(T2);

        assertThat(both).isEqualTo(2);
        assertThat(installations().count()).isEqualTo(1);
    }
}
