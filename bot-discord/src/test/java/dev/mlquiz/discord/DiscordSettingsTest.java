package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {
    static DiscordSettings endpoints(String rest, String gateway) {
        return new DiscordSettings(
                "secret-token",
                Optional.empty(),
                ShardPlan.recommended(),
                Optional.ofNullable(rest),
                Optional.ofNullable(gateway));
    }

    @Test
    void proxy_urls_are_http_for_rest_and_websocket_for_the_gateway() {
        DiscordSettings settings = endpoints("http://rest-proxy:8080/api/v10/", "wss://gateway-proxy:7878");

        assertThat(settings.restUrl()).hasValue("http://rest-proxy:8080/api/v10/");
        assertThat(settings.gatewayUrl()).hasValue("wss://gateway-proxy:7878");
    }

    @Test
    void a_url_of_the_wrong_kind_is_refused_in_one_line() {
        assertThatThrownBy(() -> endpoints("ws://rest-proxy:8080", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "DISCORD_REST_URL must be a URL such as http://proxy:8080/api/v10/, not 'ws://rest-proxy:8080'");
        assertThatThrownBy(() -> endpoints(null, "gateway-proxy:7878"))
                .hasMessage("DISCORD_GATEWAY_URL must be a URL such as ws://proxy:7878, not 'gateway-proxy:7878'");
        assertThatThrownBy(() -> endpoints("http://", null))
                .hasMessage("DISCORD_REST_URL must be a URL such as http://proxy:8080/api/v10/, not 'http://'");
    }

    @Test
    void a_guild_id_is_a_snowflake() {
        assertThatThrownBy(() -> DiscordSettings.of("t", Optional.of("my-server")))
                .hasMessage("DISCORD_GUILD_ID must be a server id (digits), not 'my-server'");
        assertThatThrownBy(() -> DiscordSettings.of("t", Optional.of("99999999999999999999")))
                .as("past 64 bits")
                .hasMessageStartingWith("DISCORD_GUILD_ID must be a server id");
        assertThat(CommandRegistration.registeringShard(Optional.of("18446744073709551615"), 8))
                .as("above Long.MAX_VALUE, still a snowflake")
                .isBetween(0, 7);
    }

    @Test
    void the_token_is_never_shown() {
        assertThat(endpoints(null, null).toString()).doesNotContain("secret-token");
    }
}
