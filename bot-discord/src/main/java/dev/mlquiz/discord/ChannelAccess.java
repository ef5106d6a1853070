package dev.mlquiz.discord;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Wording;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;

/**
 * What the bot must be allowed in a channel to run a round there: post the question, then edit it into
 * live counts and the reveal long after the interaction that asked for it has expired. Discord answers
 * interactions whatever the bot may do in the channel, so without this check a round can open where its
 * reveal can never be shown. The wording naming Discord's permissions lives here, once.
 */
final class ChannelAccess {
    private record Need(Permission permission, String name) {}

    /**
     * JDA checks View Channel and Send Messages before it sends or edits a message, and Discord drops
     * embeds without Embed Links. Read Message History is not needed: the bot edits its messages by id.
     */
    private static final List<Need> NEEDED = List.of(
            new Need(Permission.VIEW_CHANNEL, "View Channel"),
            new Need(Permission.MESSAGE_SEND, "Send Messages"),
            new Need(Permission.MESSAGE_EMBED_LINKS, "Embed Links"));
    /** In a thread, Discord asks for Send Messages in Threads instead of Send Messages. */
    private static final Need SEND_IN_THREADS =
            new Need(Permission.MESSAGE_SEND_IN_THREADS, "Send Messages in Threads");

    /** The permissions the invite link asks for: those needed, and Attach Files for the picture cards. */
    static final List<Permission> INVITE_PERMISSIONS = Stream.concat(
                    NEEDED.stream().map(Need::permission), Stream.of(Permission.MESSAGE_ATTACH_FILES))
            .collect(Collectors.toList());

    private ChannelAccess() {}

    /**
     * Why the bot cannot post a question in the channel, for the member who asked; empty when it can.
     *
     * @param channel null when JDA does not know the channel, which the bot then cannot use either
     */
    static Optional<String> cannotPost(GuildChannel channel) {
        return missing(channel).map(needs -> say(Text.of(Msg.DISCORD_CANNOT_POST, name(channel), needs)));
    }

    /**
     * Whether a post to the channel may carry a file. JDA refuses a whole message with a file where the bot
     * lacks Attach Files, so a picture card goes only where it may. Replies to interactions need no check:
     * Discord always lets an app attach files to those.
     */
    static boolean mayAttachFiles(GuildChannel channel) {
        return self(channel).hasPermission(channel, Permission.MESSAGE_ATTACH_FILES);
    }

    /** For the admin whose close could not show the reveal in the channel; the reveal follows it. */
    static Optional<String> revealNotShown(GuildChannel channel) {
        return missing(channel).map(needs -> say(Text.of(Msg.DISCORD_REVEAL_NOT_SHOWN, name(channel), needs)));
    }

    /** "my role needs the View Channel permission there. Ask an admin to add it.", or empty. */
    static Optional<Text> missing(GuildChannel channel) {
        List<Need> needed = needed(channel);
        List<String> missing = channel == null
                ? needed.stream().map(Need::name).collect(Collectors.toList())
                : needed.stream()
                        .filter(need -> !self(channel).hasPermission(channel, need.permission()))
                        .map(Need::name)
                        .collect(Collectors.toList());
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                Text.of(Msg.DISCORD_ROLE_NEEDS, missing.size(), Wording.names(DiscordRenderer.TEXT, missing)));
    }

    private static List<Need> needed(GuildChannel channel) {
        if (channel == null || !channel.getType().isThread()) {
            return NEEDED;
        }
        return NEEDED.stream()
                .map(need -> need.permission() == Permission.MESSAGE_SEND ? SEND_IN_THREADS : need)
                .collect(Collectors.toList());
    }

    private static Member self(GuildChannel channel) {
        return channel.getGuild().getSelfMember();
    }

    private static Text name(GuildChannel channel) {
        return channel == null ? Text.of(Msg.DISCORD_THIS_CHANNEL) : Text.literal("#" + channel.getName());
    }

    /** The platform keeps these as plain text (a refusal, a schedule's last problem), so they are resolved here. */
    private static String say(Text text) {
        return DiscordRenderer.TEXT.resolve(text);
    }
}
