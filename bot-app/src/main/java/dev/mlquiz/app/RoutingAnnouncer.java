package dev.mlquiz.app;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Sends each announcement to the front end of the platform the round was played on. */
final class RoutingAnnouncer implements Announcer {
    private final Map<Platform, Announcer> routes = new EnumMap<>(Platform.class);

    RoutingAnnouncer route(Platform platform, Announcer announcer) {
        routes.put(platform, announcer);
        return this;
    }

    /** Whether this process shows rounds of the platform: the others are left to the processes that do. */
    boolean routes(Platform platform) {
        return routes.containsKey(platform);
    }

    private Announcer to(ChannelId channel) {
        return routes.getOrDefault(channel.team().platform(), Announcer.SILENT);
    }

    @Override
    public CompletionStage<Void> roundClosed(RevealView reveal) {
        return to(reveal.channel()).roundClosed(reveal);
    }

    @Override
    public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
        return to(channel).postDailyQuestion(channel, recap, card);
    }

    @Override
    public void answerRecorded(RoundId round, ChannelId channel) {
        to(channel).answerRecorded(round, channel);
    }
}
