package dev.mlquiz.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.RoundMessageUpdater;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.View;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rendering out for posted rounds: chat.postMessage for questions of the day, chat.update for edits. */
public final class SlackMessenger implements RoundMessageUpdater.Messenger {
    private static final Logger log = LoggerFactory.getLogger(SlackMessenger.class);

    private final RoundMessages messages;
    private volatile MethodsClient client;

    public SlackMessenger(RoundMessages messages) {
        this.messages = messages;
    }

    void connect(MethodsClient client) {
        this.client = client;
    }

    @Override
    public PostResult post(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
        MethodsClient methods = client;
        if (methods == null) {
            return new PostResult.Failed("Slack is not connected yet");
        }
        try {
            if (recap.isPresent()) {
                SlackMessage recapMessage = SlackRenderer.render(recap.get());
                ChatPostMessageResponse sent = methods.chatPostMessage(r ->
                        r.channel(channel.value()).text(recapMessage.text()).blocks(recapMessage.blocks()));
                if (!sent.isOk()) {
                    return new PostResult.Failed(sent.getError());
                }
            }
            SlackMessage message = SlackRenderer.render(card);
            ChatPostMessageResponse posted = methods.chatPostMessage(
                    r -> r.channel(channel.value()).text(message.text()).blocks(message.blocks()));
            if (!posted.isOk()) {
                return new PostResult.Failed(posted.getError());
            }
            messages.attach(card.round(), posted.getTs());
            return new PostResult.Posted(posted.getTs());
        } catch (Exception e) {
            return new PostResult.Failed(e.getMessage());
        }
    }

    @Override
    public void edit(ChannelId channel, RoundId round, View view) {
        Optional<String> ts = messages.messageRef(round);
        MethodsClient methods = client;
        if (ts.isEmpty() || methods == null) {
            log.warn("cannot update round {}: its message in channel {} is unknown", round.value(), channel.value());
            return;
        }
        SlackMessage message = SlackRenderer.render(view);
        try {
            ChatUpdateResponse updated = methods.chatUpdate(r ->
                    r.channel(channel.value()).ts(ts.get()).text(message.text()).blocks(message.blocks()));
            if (!updated.isOk()) {
                log.warn("chat.update of round {} failed: {}", round.value(), updated.getError());
            }
        } catch (Exception e) {
            log.warn("chat.update of round {} failed: {}", round.value(), ErrorLine.of(e));
        }
    }
}
