package dev.mlquiz.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.testing.SampleViews;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.OptionLine;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.questions.Difficulty;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What every platform's {@link Publisher} does, specified once and run against each adapter's offline fake.
 * A subclass connects the publisher to its fake and tells, in platform-neutral words, what the fake received.
 * The fake may be shared by all tests of a class: each test tells its messages apart by words no other
 * test uses, and counts only the posts it made.
 */
public abstract class PublisherContract {
    private static final AtomicLong PROMPTS = new AtomicLong();

    /** A message the platform received, or an edit of one: its ref, and every word it shows. */
    public record Received(String messageRef, String text) {
        public Received {
            Objects.requireNonNull(messageRef, "messageRef");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The publisher under test, connected to the platform's fake. */
    protected abstract Publisher publisher();

    /** A channel where the bot may post and edit. */
    protected abstract ChannelId channel();

    /** A channel the platform knows but the bot cannot post in. */
    protected abstract ChannelId unusableChannel();

    /** The messages the platform created in the channel so far, oldest first, as they were posted. */
    protected abstract List<Received> postsIn(ChannelId channel);

    /**
     * The first edit of the message that reached the platform; waits a bounded time for a client that edits
     * asynchronously, and fails when none arrives.
     */
    protected abstract Received awaitEditOf(ChannelId channel, String messageRef);

    /** Someone deletes a posted message on the platform, so edits of it are refused. */
    protected abstract void deleteMessage(ChannelId channel, String messageRef);

    @Test
    void posting_one_view_returns_the_message_it_created() {
        QuestionCard card = card();
        int before = postsIn(channel()).size();

        PostResult result = publisher().post(channel(), List.of(card));

        String ref = posted(result);
        assertThat(ref).isNotBlank();
        List<Received> posts = since(before);
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).messageRef()).isEqualTo(ref);
        assertThat(posts.get(0).text()).contains(card.prompt());
    }

    @Test
    void posting_a_recap_then_a_card_posts_both_in_order_and_returns_the_card_s_message() {
        RecapView recap = recap("quizzers" + PROMPTS.incrementAndGet());
        QuestionCard card = card();
        int before = postsIn(channel()).size();

        PostResult result = publisher().post(channel(), List.of(recap, card));

        List<Received> posts = since(before);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).text()).contains(recap.channelName()).doesNotContain(card.prompt());
        assertThat(posts.get(1).text()).contains(card.prompt());
        assertThat(posted(result)).isEqualTo(posts.get(1).messageRef());
    }

    @Test
    void editing_a_posted_message_shows_the_new_view_in_its_place() {
        QuestionCard card = card();
        String ref = posted(publisher().post(channel(), List.of(card)));
        String explanation = "Explained" + PROMPTS.incrementAndGet();

        CompletionStage<Void> shown = publisher()
                .edit(channel(), ref, SampleViews.reveal(card.round(), channel(), explanation, List.of("ada")));

        assertThat(shown).as("done once the platform accepted it").succeedsWithin(Duration.ofSeconds(10));
        Received edit = awaitEditOf(channel(), ref);
        assertThat(edit.messageRef()).isEqualTo(ref);
        assertThat(edit.text()).contains(explanation);
    }

    @Test
    void posting_where_the_bot_cannot_post_fails_with_a_reason_and_posts_nothing() {
        PostResult result = publisher().post(unusableChannel(), List.of(card()));

        assertThat(result).isInstanceOf(PostResult.Failed.class);
        assertThat(((PostResult.Failed) result).reason()).isNotBlank();
        assertThat(postsIn(unusableChannel())).isEmpty();
    }

    @Test
    void editing_a_deleted_message_does_not_throw() {
        QuestionCard card = card();
        String ref = posted(publisher().post(channel(), List.of(card)));
        deleteMessage(channel(), ref);

        assertThatCode(() -> publisher().edit(channel(), ref, card)).doesNotThrowAnyException();
    }

    private List<Received> since(int before) {
        List<Received> posts = postsIn(channel());
        return posts.subList(before, posts.size());
    }

    private static String posted(PostResult result) {
        assertThat(result).isInstanceOf(PostResult.Posted.class);
        return ((PostResult.Posted) result).messageRef();
    }

    /** A question whose prompt no other test's message shows. */
    private static QuestionCard card() {
        long n = PROMPTS.incrementAndGet();
        return new QuestionCard(
                new RoundId("round" + n),
                RoundKind.ASK,
                "Prompt" + n + " asks which loss suits classification",
                List.of(new OptionLine(Letter.A, "Squared error"), new OptionLine(Letter.B, "Cross-entropy")),
                SampleViews.CORE_CONCEPTS,
                Difficulty.BEGINNER,
                1,
                Instant.parse("2026-03-02T10:01:00Z"),
                0);
    }

    private static RecapView recap(String channelName) {
        return new RecapView(
                channelName,
                LocalDate.parse("2026-02-23"),
                LocalDate.parse("2026-03-01"),
                List.of(new LeaderboardView.Line(1, "ada", 3, 3, 4, false, 2)),
                2,
                5,
                7,
                5);
    }
}
