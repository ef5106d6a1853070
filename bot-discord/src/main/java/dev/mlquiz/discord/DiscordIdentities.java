package dev.mlquiz.discord;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Invocation;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.interactions.Interaction;

/** Maps Discord's snowflakes to the core's platform-neutral identities; nothing is keyed by a JDA object. */
final class DiscordIdentities {
    private DiscordIdentities() {}

    static Player player(User user, Member member) {
        String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
        return new Player(new PlayerId(Platform.DISCORD, user.getId()), name);
    }

    static ChannelId channel(String guildId, String channelId) {
        return new ChannelId(new TeamId(Platform.DISCORD, guildId), channelId);
    }

    /**
     * Only guild interactions get here: the commands are registered for guild contexts only. Whether the
     * bot may post and edit in the channel comes from its own permissions there, since Discord delivers
     * interactions from channels the bot cannot even see.
     */
    static Invocation invocation(Interaction interaction) {
        Member member = interaction.getMember();
        boolean admin = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        GuildChannel channel =
                interaction.getChannel() instanceof GuildChannel ? (GuildChannel) interaction.getChannel() : null;
        return new Invocation(
                player(interaction.getUser(), member),
                channel(interaction.getGuild().getId(), interaction.getChannelId()),
                channel == null ? interaction.getChannelId() : channel.getName(),
                admin,
                ChannelAccess.cannotPost(channel));
    }
}
