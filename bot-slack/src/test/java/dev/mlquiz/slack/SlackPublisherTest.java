package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.publish.Publisher;
import dev.mlquiz.core.publish.PublisherContract;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.view.View;
import dev.mlquiz.slack.fake.FakeSlack;
import dev.mlquiz.slack.fake.SlackPayloads;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @Test
    void a_rate_limited_edit_is_tried_again_after_the_wait_slack_asks_for() {
        Retrying retrying = new Retrying();
        slack.stubOnce("chat.update", FakeSlack.Reply.rateLimited(7));

        CompletableFuture<Void> shown = retrying.publisher
                .edit(channel(), retrying.ts, refused("the reveal"))
                .toCompletableFuture();

        assertThat(retrying.delayer.delays).containsExactly(Duration.ofSeconds(7));
        assertThat(shown).as("not shown while waiting out the rate limit").isNotDone();
        retrying.delayer.runAll();
        assertThat(retrying.awaitUpdates(2).get(1)).contains("the reveal");
        assertThat(shown).succeedsWithin(WAIT);
    }

    @Test
    void a_retried_edit_sends_the_latest_view_of_its_message_never_an_older_one() {
        Retrying retrying = new Retrying();
        slack.stubOnce("chat.update", FakeSlack.Reply.rateLimited(1));
        CompletionStage<Void> count = retrying.publisher.edit(channel(), retrying.ts, refused("a live count"));
        slack.stubOnce("chat.update", FakeSlack.Reply.rateLimited(1));
        CompletionStage<Void> reveal = retrying.publisher.edit(channel(), retrying.ts, refused("the reveal"));

        retrying.delayer.tasks.get(0).run(); // the live count's retry

        assertThat(retrying.awaitUpdates(3).get(2)).contains("the reveal");
        assertThat(reveal).succeedsWithin(WAIT);
        assertThat(count)
                .as("superseded, it is done once the newer view is shown")
                .succeedsWithin(WAIT);
    }

    @Test
    void an_edit_rate_limited_on_every_try_gives_up_after_three() {
        Retrying retrying = new Retrying();
        slack.stub("chat.update", call -> FakeSlack.Reply.rateLimited(1));
        try {
            CompletionStage<Void> shown = retrying.publisher.edit(channel(), retrying.ts, refused("the reveal"));
            retrying.delayer.runAll();
            retrying.awaitUpdates(2);
            SlackEndToEndTest.eventually(() -> retrying.delayer.tasks.size() == 1);
            retrying.delayer.runAll();

            assertThat(retrying.awaitUpdates(3)).hasSize(SlackPublisher.EDIT_TRIES);
            assertThat(retrying.delayer.delays).hasSize(SlackPublisher.EDIT_TRIES - 1);
            assertThat(shown)
                    .failsWithin(WAIT)
                    .withThrowableThat()
                    .withMessageContaining("rate limited on all " + SlackPublisher.EDIT_TRIES + " tries");
        } finally {
            slack.unstub("chat.update");
        }
    }

    /** A publisher of its own whose retries wait for the test, and a message of its own to edit. */
    final class Retrying {
        final ManualDelayer delayer = new ManualDelayer();
        final SlackPublisher publisher = new SlackPublisher(Optional.empty(), delayer);
        final String ts;

        Retrying() {
            publisher.connect(Slack.getInstance(slack.slackConfig()).methods("xoxb-test"));
            PostResult posted = publisher.post(channel(), List.of(refused("the question")));
            ts = ((PostResult.Posted) posted).messageRef();
        }

        List<String> updates() {
            return slack.calls("chat.update").stream()
                    .filter(call -> ts.equals(call.param("ts")))
                    .map(SlackPublisherTest::words)
                    .collect(Collectors.toList());
        }

        List<String> awaitUpdates(int count) {
            SlackEndToEndTest.eventually(() -> updates().size() >= count);
            return updates();
        }
    }

    private static View refused(String what) {
        return SlackNotices.questionRefused(what);
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
