package dev.mlquiz.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.view.StatsView;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The App Home tab: the user's stats and the workspace leaderboard, published fresh each time it opens. */
final class AppHome {
    private static final Logger log = LoggerFactory.getLogger(AppHome.class);

    private final Quiz quiz;
    private final Deliveries deliveries;
    private final Workers work;

    AppHome(Quiz quiz, Deliveries deliveries, Workers work) {
        this.quiz = quiz;
        this.deliveries = deliveries;
        this.work = work;
    }

    Response handle(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (event == null || !"home".equals(event.getTab())) {
            return context.ack();
        }
        if (!SlackIdentities.isId(payload.getTeamId()) || !SlackIdentities.isId(event.getUser())) {
            log.warn("App Home opened with unreadable ids; nothing published");
            return context.ack();
        }
        // Unknown (the database is down): the stats could not be read either, so nothing is published.
        if (deliveries.seen("event:" + payload.getEventId()) == Deliveries.Seen.FIRST) {
            work.submit("publishing the App Home", () -> publish(payload.getTeamId(), event.getUser(), context));
        }
        return context.ack();
    }

    private void publish(String teamId, String userId, EventContext context) {
        Player player = SlackIdentities.player(userId);
        List<LayoutBlock> blocks = new ArrayList<>();
        StatsView stats = quiz.playerStats(
                SlackIdentities.team(teamId), player.id(), SlackRenderer.TEXT.resolve(Msg.SLACK_HOME_YOU));
        stats.review().ifPresent(review -> blocks.addAll(SlackRenderer.reviewPrompt(review.dueNow())));
        blocks.addAll(SlackRenderer.render(stats).blocks());
        blocks.addAll(SlackRenderer.render(quiz.teamLeaderboard(SlackIdentities.team(teamId), player.id(), Window.WEEK))
                .blocks());
        blocks.addAll(SlackRenderer.render(quiz.teamLeaderboard(SlackIdentities.team(teamId), player.id(), Window.ALL))
                .blocks());
        try {
            ViewsPublishResponse published = context.client().viewsPublish(r -> r.userId(userId)
                    .view(View.builder().type("home").blocks(blocks).build()));
            if (!published.isOk()) {
                log.warn("views.publish for {} failed: {}", userId, published.getError());
            }
        } catch (Exception e) {
            log.warn("views.publish for {} failed: {}", userId, ErrorLine.of(e));
        }
    }
}
