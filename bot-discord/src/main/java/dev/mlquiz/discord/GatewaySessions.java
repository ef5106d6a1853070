package dev.mlquiz.discord;

import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Starts shard sessions as Discord allows: JDA's {@link ConcurrentSessionController} takes {@code
 * session_start_limit.max_concurrency} from {@code /gateway/bot} and lets that many shards identify per 5
 * seconds. With {@code DISCORD_GATEWAY_URL} set, every shard connects there instead of to the gateway
 * Discord names.
 */
final class GatewaySessions extends ConcurrentSessionController {
    private final Optional<String> gatewayUrl;

    GatewaySessions(Optional<String> gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl.orElseGet(super::getGateway);
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        return gatewayUrl
                .map(url -> new ShardedGateway(url, discord.getShardTotal(), discord.getConcurrency()))
                .orElse(discord);
    }
}
