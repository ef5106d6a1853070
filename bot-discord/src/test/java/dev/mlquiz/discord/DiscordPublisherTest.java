package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.publish.Publisher;
import dev.mlquiz.core.publish.PublisherContract;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.testing.SampleViews;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.discord.fake.FakeDiscord;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link DiscordPublisher} keeps the publisher contract, through the real JDA client and a fake Discord. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordPublisherTest extends PublisherContract {
    static final Duration WAIT = Duration.ofSeconds(10);
    /** A channel where the bot's role may not even look. */
    static final String HIDDEN = "2001";

    /** One fake and one logged-in JDA for the class: logging in is the slow part. */
    static FakeDiscord discord;

    static JDA jda;
    static final DiscordPublisher publisher = new DiscordPublisher();
    private static final AtomicLong QUESTIONS = new AtomicLong();

    @BeforeAll
    static void connect() throws InterruptedException {
        discord = FakeDiscord.start(
                new FakeDiscord.Config().channel(HIDDEN, "quiz-hidden", Permission.VIEW_CHANNEL.getRawValue()));
        jda = discord.connect(FakeDiscord.DEFAULT_TOKEN);
        publisher.connect(jda);
    }

    @AfterAll
    static void disconnect() {
        jda.shutdownNow();
        discord.close();
    }

    @Override
    protected Publisher publisher() {
        return publisher;
    }

    @Override
    protected ChannelId channel() {
        return channel(discord.channelId());
    }

    @Override
    protected ChannelId unusableChannel() {
        return channel(HIDDEN);
    }

    @Override
    protected List<Received> postsIn(ChannelId channel) {
        return discord.messagesCreatedIn(channel.value()).stream()
                .map(message -> new Received(message.path("id").asText(), words(message)))
                .collect(Collectors.toList());
    }

    @Override
    protected Received awaitEditOf(ChannelId channel, String messageRef) {
        JsonNode edit = discord.awaitRequest("PATCH", "channels/" + channel.value() + "/messages/" + messageRef, WAIT)
                .json();
        return new Received(messageRef, words(edit));
    }

    @Override
    protected void deleteMessage(ChannelId channel, String messageRef) {
        discord.stub(
                request -> request.path().equals("channels/" + channel.value() + "/messages/" + messageRef),
                FakeDiscord.StubResponse.error(404, 10008, "Unknown Message"));
    }

    @Test
    void a_reveal_that_replaces_a_deleted_question_is_shown_once_it_was_posted_anew() {
        String ref = questionPosted();
        deleteMessage(channel(), ref);

        CompletionStage<Void> shown = publisher.edit(channel(), ref, reveal("Reposted" + ref));

        assertThat(shown).succeedsWithin(WAIT);
    }

    @Test
    void a_reveal_that_can_neither_replace_its_question_nor_be_posted_anew_is_not_shown() {
        String ref = questionPosted();
        deleteMessage(channel(), ref);
        String explanation = "Unpostable" + ref;
        discord.stub(
                request -> request.method().equals("POST") && request.body().contains(explanation),
                FakeDiscord.StubResponse.error(403, 50013, "Missing Permissions"));

        CompletionStage<Void> shown = publisher.edit(channel(), ref, reveal(explanation));

        assertThat(shown).failsWithin(WAIT).withThrowableThat().withMessageContaining("Missing Permissions");
    }

    private String questionPosted() {
        PostResult posted = publisher.post(channel(), List.of(reveal("Asked" + QUESTIONS.incrementAndGet())));
        return ((PostResult.Posted) posted).messageRef();
    }

    private RevealView reveal(String explanation) {
        return SampleViews.reveal(
                new RoundId("reveal" + QUESTIONS.incrementAndGet()), channel(), explanation, List.of("ada"));
    }

    private static ChannelId channel(String id) {
        return new ChannelId(new TeamId(Platform.DISCORD, discord.guildId()), id);
    }

    /** The content and every text in the embeds (titles, descriptions, fields, footers) of a message or edit. */
    private static String words(JsonNode message) {
        StringBuilder words = new StringBuilder(message.path("content").asText());
        message.path("embeds").forEach(embed -> appendTexts(embed, words));
        return words.toString();
    }

    private static void appendTexts(JsonNode node, StringBuilder words) {
        if (node.isTextual()) {
            words.append('\n').append(node.asText());
        }
        StreamSupport.stream(node.spliterator(), false).forEach(child -> appendTexts(child, words));
    }
}
