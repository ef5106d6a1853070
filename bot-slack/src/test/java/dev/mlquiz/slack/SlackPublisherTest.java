package dev.mlquiz.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.publish.Publisher;
import dev.mlquiz.core.publish.PublisherContract;
import dev.mlquiz.slack.fake.FakeSlack;
import dev.mlquiz.slack.fake.SlackPayloads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/** {@link SlackPublisher} keeps the publisher contract, through Slack's MethodsClient and a fake Slack. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackPublisherTest extends PublisherContract {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final String QUIZ = "C0QUIZ";
    /** A channel the bot was never invited to. */
    static final String LOCKED = "C0LOCKED";

    static FakeSlack slack;
    static final SlackPublisher publisher = new SlackPublisher();

    @BeforeAll
    static void connect() {
        slack = new FakeSlack().withoutBot(LOCKED);
        publisher.connect(Slack.getInstance(slack.slackConfig()).methods("xoxb-test"));
    }

    @AfterAll
    static void disconnect() {
        slack.close();
    }

    @Override
    protected Publisher publisher() {
        return publisher;
    }

    @Override
    protected ChannelId channel() {
        return SlackIdentities.channel(SlackPayloads.TEAM_ID, QUIZ);
    }

    @Override
    protected ChannelId unusableChannel() {
        return SlackIdentities.channel(SlackPayloads.TEAM_ID, LOCKED);
    }

    @Override
    protected List<Received> postsIn(ChannelId channel) {
        return slack.postedIn(channel.value()).stream()
                .map(message -> new Received(message.ts(), words(message.call())))
                .collect(Collectors.toList());
    }

    @Override
    protected Received awaitEditOf(ChannelId channel, String messageRef) {
        FakeSlack.ApiCall update = slack.awaitCall(
                "chat.update",
                call -> channel.value().equals(call.param("channel")) && messageRef.equals(call.param("ts")),
                WAIT);
        return new Received(messageRef, words(update));
    }

    @Override
    protected void deleteMessage(ChannelId channel, String messageRef) {
        slack.deleteMessage(channel.value(), messageRef);
    }

    /** The notification text and every text of the blocks. */
    private static String words(FakeSlack.ApiCall call) {
        StringBuilder words = new StringBuilder(String.valueOf(call.param("text")));
        JsonNode blocks = call.jsonParam("blocks");
        if (blocks != null) {
            blocks.findValues("text").forEach(text -> appendTexts(text, words));
        }
        return words.toString();
    }

    private static void appendTexts(JsonNode text, StringBuilder words) {
        if (text.isTextual()) {
            words.append('\n').append(text.asText());
        } else {
            text.forEach(child -> appendTexts(child, words));
        }
    }
}
