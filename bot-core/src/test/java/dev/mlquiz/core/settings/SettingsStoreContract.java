package dev.mlquiz.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.TeamId;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What every {@link SettingsStore} must do; one subclass per implementation. */
public abstract class SettingsStoreContract {
    static final TeamId TEAM = new TeamId(Platform.DISCORD, "1");
    static final ChannelId CHANNEL = new ChannelId(TEAM, "2");
    static final ChannelId OTHER_CHANNEL = new ChannelId(TEAM, "3");

    protected abstract SettingsStore store();

    @Test
    void nothing_is_set_until_someone_sets_it() {
        assertThat(store().roundLength(CHANNEL)).isEmpty();
        assertThat(store().askCooldown(CHANNEL)).isEmpty();
        assertThat(store().timeZone(TEAM)).isEmpty();
    }

    @Test
    void the_last_value_set_is_the_one_read() {
        store().setRoundLength(CHANNEL, Duration.ofSeconds(45));
        store().setRoundLength(CHANNEL, Duration.ofSeconds(90));
        store().setAskCooldown(CHANNEL, Duration.ofMinutes(2));
        store().setTimeZone(TEAM, ZoneId.of("Europe/Berlin"));
        store().setTimeZone(TEAM, ZoneId.of("Asia/Tokyo"));

        assertThat(store().roundLength(CHANNEL)).contains(Duration.ofSeconds(90));
        assertThat(store().askCooldown(CHANNEL)).contains(Duration.ofMinutes(2));
        assertThat(store().timeZone(TEAM)).contains(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void setting_one_value_leaves_the_others_alone() {
        store().setAskCooldown(CHANNEL, Duration.ofSeconds(30));
        store().setRoundLength(CHANNEL, Duration.ofSeconds(60));

        assertThat(store().askCooldown(CHANNEL)).contains(Duration.ofSeconds(30));
        assertThat(store().roundLength(OTHER_CHANNEL)).isEmpty();
        assertThat(store().askCooldown(OTHER_CHANNEL)).isEmpty();
        assertThat(store().timeZone(new TeamId(Platform.DISCORD, "9"))).isEmpty();
    }
}
