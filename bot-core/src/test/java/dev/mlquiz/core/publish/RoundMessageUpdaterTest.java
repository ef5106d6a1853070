package dev.mlquiz.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.testing.InMemoryStorage;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.SampleViews;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.OptionLine;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.View;
import dev.mlquiz.questions.Difficulty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RoundMessageUpdaterTest {
    static final ChannelId GENERAL = new ChannelId(new TeamId(Platform.CONSOLE, "team"), "general");
    static final ChannelId RANDOM = new ChannelId(new TeamId(Platform.CONSOLE, "team"), "random");
    static final RoundId FIRST = new RoundId("round1");
    static final RoundId SECOND = new RoundId("round2");

    /** Records posts and edits; an edit of {@code slowMessage} waits until released. */
    static final class RecordingPublisher implements Publisher {
        final List<String> edited = new CopyOnWriteArrayList<>();
        final List<View> posted = new CopyOnWriteArrayList<>();
        final CountDownLatch slowEditStarted = new CountDownLatch(1);
        final CountDownLatch releaseSlowEdit = new CountDownLatch(1);
        String slowMessage = "";
        boolean refusingPosts;

        @Override
        public PostResult post(ChannelId channel, List<View> views) {
            if (refusingPosts) {
                return new PostResult.Failed("Missing Access");
            }
            posted.addAll(views);
            return new PostResult.Posted("posted-" + posted.size());
        }

        @Override
        public CompletionStage<Void> edit(ChannelId channel, String messageRef, View view) {
            if (messageRef.equals(slowMessage)) {
                slowEditStarted.countDown();
                try {
                    releaseSlowEdit.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            edited.add(messageRef);
            return CompletableFuture.completedFuture(null);
        }
    }

    static QuestionCard card(RoundId round) {
        return new QuestionCard(
                round,
                RoundKind.ASK,
                "Prompt?",
                List.of(new OptionLine(Letter.A, "Right"), new OptionLine(Letter.B, "Wrong")),
                SampleViews.CORE_CONCEPTS,
                Difficulty.BEGINNER,
                1,
                Instant.parse("2026-03-02T10:01:00Z"),
                0,
                Optional.empty());
    }

    final InMemoryStorage storage = new InMemoryStorage();
    final RoundMessages messages = storage.roundMessages();
    final RecordingPublisher publisher = new RecordingPublisher();
    final RoundMessageUpdater updater = new RoundMessageUpdater(
            new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
            publisher,
            messages,
            RoundCards.reading(TestBanks.beginner(4), storage.stores(), MutableClock.at("2026-03-02T10:00:00Z")));

    @Test
    void a_question_posted_through_the_core_is_remembered_for_its_reveal() {
        PostResult posted = updater.post(GENERAL, List.of(), card(FIRST));

        updater.roundClosed(SampleViews.reveal(FIRST, GENERAL, "Because.", List.of("alice")));

        assertThat(posted).isEqualTo(new PostResult.Posted("posted-1"));
        assertThat(messages.messageRef(FIRST)).contains("posted-1");
        assertThat(publisher.edited).containsExactly("posted-1");
    }

    @Test
    void a_reveal_whose_question_message_is_unknown_is_posted_as_a_new_message() {
        updater.roundClosed(SampleViews.reveal(FIRST, GENERAL, "Because.", List.of("alice")));

        assertThat(publisher.edited).isEmpty();
        assertThat(publisher.posted).singleElement().satisfies(view -> assertThat(view)
                .isEqualTo(SampleViews.reveal(FIRST, GENERAL, "Because.", List.of("alice"))));
    }

    @Test
    void a_reveal_posted_anew_is_posted_once_however_often_it_is_shown() {
        updater.roundClosed(SampleViews.reveal(FIRST, GENERAL, "Because.", List.of("alice")));
        updater.roundClosed(SampleViews.reveal(FIRST, GENERAL, "Because.", List.of("alice")));

        assertThat(publisher.posted).hasSize(1);
    }

    @Test
    void a_reveal_whose_post_anew_failed_is_not_shown_and_is_posted_when_shown_again() {
        publisher.refusingPosts = true;
        CompletionStage<Void> refused =
                updater.roundClosed(SampleViews.reveal(FIRST, GENERAL, "Because.", List.of("alice")));
        publisher.refusingPosts = false;
        CompletionStage<Void> redone =
                updater.roundClosed(SampleViews.reveal(FIRST, GENERAL, "Because.", List.of("alice")));

        assertThat(refused).isCompletedExceptionally();
        assertThat(redone).isCompleted().isNotCompletedExceptionally();
        assertThat(publisher.posted).hasSize(1);
    }

    @Test
    void a_reveal_edited_into_the_question_is_edited_again_when_shown_again() {
        updater.shown(FIRST, "question");

        updater.roundClosed(SampleViews.reveal(FIRST, GENERAL, "Because.", List.of("alice")));
        updater.roundClosed(SampleViews.reveal(FIRST, GENERAL, "Because.", List.of("alice")));

        assertThat(publisher.edited).containsExactly("question", "question");
        assertThat(publisher.posted).isEmpty();
    }

    @Test
    void a_slow_edit_of_one_round_does_not_hold_up_another_rounds_reveal() throws Exception {
        updater.shown(FIRST, "slow");
        updater.shown(SECOND, "quick");
        publisher.slowMessage = "slow";
        Thread slow = new Thread(() -> updater.roundClosed(SampleViews.reveal(FIRST, GENERAL, "A.", List.of())));
        slow.start();
        assertThat(publisher.slowEditStarted.await(10, TimeUnit.SECONDS)).isTrue();

        CountDownLatch quickDone = new CountDownLatch(1);
        Thread quick = new Thread(() -> {
            updater.roundClosed(SampleViews.reveal(SECOND, RANDOM, "B.", List.of()));
            quickDone.countDown();
        });
        quick.start();

        try {
            assertThat(quickDone.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(publisher.edited).containsExactly("quick");
        } finally {
            publisher.releaseSlowEdit.countDown();
            slow.join();
            quick.join();
        }
        assertThat(publisher.edited).containsExactly("quick", "slow");
    }
}
