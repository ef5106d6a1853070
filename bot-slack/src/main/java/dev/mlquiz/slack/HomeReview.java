package dev.mlquiz.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.view.Reply;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home's "Start review" button: the next review question goes to the player in a direct message
 * with the bot, where its buttons answer it like any private question.
 */
final class HomeReview {
    static final String ACTION_ID = "mlquiz.home.review";

    private static final Logger log = LoggerFactory.getLogger(HomeReview.class);

    private final Quiz quiz;
    private final Deliveries deliveries;
    private final Workers work;
    private final SlackPublisher publisher;

    HomeReview(Quiz quiz, Deliveries deliveries, Workers work, SlackPublisher publisher) {
        this.quiz = quiz;
        this.deliveries = deliveries;
        this.work = work;
        this.publisher = publisher;
    }

    Response handle(BlockActionRequest request, ActionContext context) {
        String teamId = context.getTeamId();
        String userId = context.getRequestUserId();
        if (!SlackIdentities.isId(teamId) || !SlackIdentities.isId(userId)) {
            log.warn("a review button with unreadable ids; nothing sent");
            return context.ack();
        }
        // The name Slack gives, as a click's: the review remembers the player's name, so an id alone would rename them.
        BlockActionPayload.User user = request.getPayload().getUser();
        Player player = user == null
                ? SlackIdentities.player(userId)
                : SlackIdentities.player(userId, user.getUsername(), user.getName());
        String delivery = "home-review:" + request.getPayload().getTriggerId();
        // Unknown (the database is down): no review question could be read either, so nothing is sent.
        if (deliveries.seen(delivery) == Deliveries.Seen.FIRST
                && !work.submit("sending a review question", () -> send(teamId, player, context))) {
            // Too busy now: a second click may try again.
            deliveries.forget(delivery);
        }
        return context.ack();
    }

    private void send(String teamId, Player player, ActionContext context) {
        String userId = player.id().value();
        String channel;
        try {
            channel = DirectMessages.channel(context.client(), userId);
        } catch (DirectMessages.Refused e) {
            log.warn("conversations.open for {} failed: {}", userId, e.getMessage());
            return;
        }
        ChannelId direct = new ChannelId(SlackIdentities.team(teamId), channel);
        Reply reply = quiz.execute(
                new Invocation(player, direct, SlackRenderer.TEXT.resolve(Msg.SLACK_DIRECT_MESSAGE), false),
                new Command.Review(Command.Review.Action.NEXT));
        PostResult posted = publisher.post(direct, List.of(reply.view()));
        if (posted instanceof PostResult.Failed failed) {
            log.warn("sending {} a review question failed: {}", userId, failed.reason());
        }
    }
}
