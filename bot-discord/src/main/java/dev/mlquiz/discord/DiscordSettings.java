package dev.mlquiz.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How mlquiz connects to Discord, read from the environment by the launcher.
 *
 * @param token the bot token ({@code DISCORD_TOKEN}); never logged
 * @param guildId register the commands in this server only ({@code DISCORD_GUILD_ID}); empty: globally
 * @param shards which shards this process runs ({@code DISCORD_SHARDS}, {@code DISCORD_SHARD_IDS})
 * @param restUrl Discord's REST API through a proxy ({@code DISCORD_REST_URL}), for example
 *     {@code http://rest-proxy:8080/api/v10/}; empty: Discord itself
 * @param gatewayUrl the gateway to connect to ({@code DISCORD_GATEWAY_URL}), for example
 *     {@code ws://gateway-proxy:7878}; empty: the one Discord names
 */
public record DiscordSettings(
        String token,
        Optional<String> guildId,
        ShardPlan shards,
        Optional<String> restUrl,
        Optional<String> gatewayUrl) {
    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(shards, "shards");
        restUrl.ifPresent(
                url -> requireUrl("DISCORD_REST_URL", url, Set.of("http", "https"), "http://proxy:8080/api/v10/"));
        gatewayUrl.ifPresent(url -> requireUrl("DISCORD_GATEWAY_URL", url, Set.of("ws", "wss"), "ws://proxy:7878"));
        guildId.ifPresent(id -> {
            if (!id.matches("[0-9]{1,20}") || !fitsSnowflake(id)) {
                throw new IllegalArgumentException("DISCORD_GUILD_ID must be a server id (digits), not '" + id + "'");
            }
        });
    }

    /** One process, every shard Discord recommends, Discord's own endpoints. */
    public static DiscordSettings of(String token, Optional<String> guildId) {
        return new DiscordSettings(token, guildId, ShardPlan.recommended(), Optional.empty(), Optional.empty());
    }

    public DiscordSettings withShards(ShardPlan plan) {
        return new DiscordSettings(token, guildId, plan, restUrl, gatewayUrl);
    }

    /** Points REST and the gateway at other endpoints (a proxy, or a fake Discord in tests). */
    public DiscordSettings withEndpoints(String rest, String gateway) {
        return new DiscordSettings(token, guildId, shards, Optional.of(rest), Optional.of(gateway));
    }

    private static void requireUrl(String variable, String url, Set<String> schemes, String example) {
        String scheme;
        try {
            URI uri = new URI(url);
            scheme = uri.getScheme();
            if (uri.getHost() == null) {
                scheme = null;
            }
        } catch (URISyntaxException e) {
            scheme = null;
        }
        if (scheme == null || !schemes.contains(scheme.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException(variable + " must be a URL such as " + example + ", not '" + url + "'");
        }
    }

    /** Keeps the token out of logs and exception messages. */
    @Override
    public String toString() {
        return "DiscordSettings[guildId=" + guildId + ", shards=" + shards + ", restUrl=" + restUrl + ", gatewayUrl="
                + gatewayUrl + "]";
    }

    /** Discord ids are unsigned 64-bit numbers. */
    private static boolean fitsSnowflake(String digits) {
        try {
            Long.parseUnsignedLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
