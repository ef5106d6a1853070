package dev.mlquiz.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.response.Response;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Player;
import java.util.Optional;

/**
 * An answer-button click, read from whichever fields the payload shape carries: the workspace from
 * {@code team} or else {@code user.team_id}, the channel from {@code channel} or else
 * {@code container.channel_id}, the name from {@code user.username} or else {@code user.name}.
 */
record SlackClick(
        String userId,
        String username,
        String name,
        String teamId,
        String channelId,
        String actionId,
        String actionTs) {

    /** Empty when the payload has no user or no action: it is not a click at all. */
    static Optional<SlackClick> from(BlockActionPayload payload) {
        BlockActionPayload.User user = payload.getUser();
        if (user == null
                || user.getId() == null
                || payload.getActions() == null
                || payload.getActions().isEmpty()
                || payload.getActions().get(0).getActionId() == null) {
            return Optional.empty();
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String team = payload.getTeam() != null && payload.getTeam().getId() != null
                ? payload.getTeam().getId()
                : user.getTeamId();
        String channel = payload.getChannel() != null && payload.getChannel().getId() != null
                ? payload.getChannel().getId()
                : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
        return Optional.of(new SlackClick(
                user.getId(),
                user.getUsername(),
                user.getName(),
                team,
                channel,
                action.getActionId(),
                action.getActionTs()));
    }

    /** The answer to a block_actions payload that is no click at all. */
    static Response notAClick() {
        return Response.builder()
                .statusCode(400)
                .contentType("text/plain")
                .body("a block_actions payload needs a user and an action")
                .build();
    }

    /** A retried delivery carries the same user and action timestamp. */
    String deliveryKey() {
        return "action:" + userId + ":" + actionTs;
    }

    /** The user and workspace ids are Slack ids, so the click can name a player. */
    boolean readable() {
        return SlackIdentities.isId(userId) && SlackIdentities.isId(teamId);
    }

    Optional<ChannelId> channel() {
        return SlackIdentities.isId(channelId)
                ? Optional.of(SlackIdentities.channel(teamId, channelId))
                : Optional.empty();
    }

    Player player() {
        return SlackIdentities.player(userId, username, name);
    }
}
