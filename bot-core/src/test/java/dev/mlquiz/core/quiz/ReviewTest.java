package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.review.MemoryCard;
import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.review.MemoryState;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.StatsView;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReviewTest {
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(TestBanks.beginner(3), MutableClock.at("2026-03-04T10:00:00Z"));

    MemoryCardStore memories() {
        return f.stores().memories();
    }

    Reply review() {
        return f.run(in(CHANNEL, "alice"), "review");
    }

    NotedCard reviewCard() {
        Reply reply = review();
        assertThat(reply.audience()).isEqualTo(Audience.PRIVATE);
        return (NotedCard) reply.view();
    }

    QuestionCard practiceAnswered(boolean right) {
        QuestionCard card =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();
        f.answer("alice", card, right ? f.correctLetter(card) : f.wrongLetter(card));
        return card;
    }

    String questionOf(QuestionCard card) {
        return f.quiz.card(card.round()).map(QuestionCard::prompt).orElseThrow();
    }

    @Test
    void a_missed_practice_question_comes_back_for_review_a_minute_later() {
        QuestionCard missed = practiceAnswered(false);
        f.clock.advance(Duration.ofMinutes(1));

        NotedCard again = reviewCard();

        assertThat(again.card().prompt()).isEqualTo(missed.prompt());
        assertThat(again.card().kind()).as("asked as private practice").isEqualTo(RoundKind.PRACTICE);
        assertThat(english(again.note()))
                .isEqualTo("Review: 1 due now, 0 more within a day."
                        + " Missed questions come back at growing intervals.");
    }

    @Test
    void a_question_answered_right_waits_ten_minutes_then_days() {
        QuestionCard known = practiceAnswered(true);
        f.clock.advance(Duration.ofMinutes(9));
        assertThat(english(reviewCard().note())).as("not due yet: a new one").startsWith("Nothing is due");
        f.answer("alice", reviewCard().card(), Letter.A);

        f.clock.advance(Duration.ofMinutes(1));
        NotedCard due = reviewCard();
        assertThat(due.card().prompt()).isEqualTo(known.prompt());
        f.answer("alice", due.card(), f.correctLetter(due.card()));

        MemoryCard card = memories()
                .cards(questionId(known), List.of(player("alice").id()))
                .get(player("alice").id());
        assertThat(card.state()).isEqualTo(MemoryState.REVIEW);
        assertThat(Duration.between(f.clock.instant(), card.due())).isGreaterThan(Duration.ofDays(1));
    }

    String questionId(QuestionCard card) {
        return f.stores().rounds().find(card.round()).orElseThrow().questionId();
    }

    @Test
    void a_channel_answer_rates_its_card_only_at_the_reveal() {
        QuestionCard card = f.ask();
        f.answer("alice", card, f.wrongLetter(card));

        assertThat(memories().questions(player("alice").id()))
                .as("while the round is open")
                .isEmpty();
        f.run(admin(CHANNEL, "boss"), "close");

        assertThat(memories().questions(player("alice").id())).containsExactly(questionId(card));
        assertThat(memories().tally(player("alice").id())).isEqualTo(new MemoryCardStore.Tally(1, 0));
    }

    @Test
    void with_nothing_due_review_offers_an_unseen_question_then_says_when_all_were_seen() {
        for (int i = 0; i < 3; i++) {
            NotedCard offered = reviewCard();
            assertThat(english(offered.note())).contains("(" + (3 - i) + " left)");
            f.answer("alice", offered.card(), f.correctLetter(offered.card()));
        }

        Reply done = review();

        assertThat(english(((Notice) done.view()).message()))
                .isEqualTo("Nothing is due for review, and you have seen every question. Come back later.");
    }

    @Test
    void an_open_practice_question_is_answered_before_the_next_review() {
        QuestionCard open =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();

        NotedCard shown = reviewCard();

        assertThat(shown.card().round()).isEqualTo(open.round());
        assertThat(english(shown.note())).startsWith("Answer your open question first");
    }

    @Test
    void review_off_keeps_the_cards_and_review_on_goes_on_with_them() {
        QuestionCard missed = practiceAnswered(false);
        f.run(in(CHANNEL, "alice"), "review off");
        f.clock.advance(Duration.ofMinutes(5));

        assertThat(english(((Notice) review().view()).message())).startsWith("Review is off for you.");
        assertThat(memories().questions(player("alice").id())).hasSize(1);

        f.run(in(CHANNEL, "alice"), "review on");
        assertThat(reviewCard().card().prompt()).isEqualTo(missed.prompt());
    }

    @Test
    void stats_say_what_is_due_and_the_share_of_reviews_answered_right() {
        practiceAnswered(false);
        practiceAnswered(true);
        f.clock.advance(Duration.ofMinutes(2));

        StatsView stats = (StatsView) f.run(in(CHANNEL, "alice"), "stats").view();

        StatsView.ReviewStatus review = stats.review().orElseThrow();
        assertThat(List.of(review.dueNow(), review.dueSoon())).containsExactly(1, 1);
        assertThat(review.retention()).contains(0.5);
        assertThat(english(stats.review().orElseThrow().summary()))
                .isEqualTo("Review: 1 due now, 1 more within a day; 50% of reviews answered right. /mlquiz review");
        f.run(in(CHANNEL, "alice"), "review off");
        assertThat(((StatsView) f.run(in(CHANNEL, "alice"), "stats").view()).review())
                .isEmpty();
    }

    @Test
    void the_review_forecast_counts_the_cards_falling_due_on_each_of_the_next_seven_days_of_the_team() {
        f.run(admin(CHANNEL, "boss"), "config timezone Asia/Tokyo");
        // 2026-03-04T10:00Z is 19:00 in Tokyo: today there ends at 15:00Z.
        dueAt("overdue", "2026-03-04T09:00:00Z");
        dueAt("tonight", "2026-03-04T14:59:59.999Z");
        dueAt("at-midnight", "2026-03-04T15:00:00Z");
        dueAt("sixth-day", "2026-03-10T14:00:00Z");
        dueAt("eighth-day", "2026-03-11T15:00:00Z");

        StatsView stats = (StatsView) f.run(in(CHANNEL, "alice"), "stats").view();

        List<StatsView.DayCount> forecast = stats.review().orElseThrow().forecast();
        assertThat(forecast).hasSize(StatsView.FORECAST_DAYS);
        assertThat(forecast.get(0).day()).hasToString("2026-03-04");
        assertThat(forecast.get(6).day()).hasToString("2026-03-10");
        assertThat(forecast).extracting(StatsView.DayCount::count).containsExactly(2, 1, 0, 0, 0, 0, 1);
    }

    void dueAt(String questionId, String due) {
        MemoryCard card = MemoryCard.fresh(Instant.parse(due));
        memories()
                .review(
                        questionId,
                        List.of(new MemoryCardStore.Review(player("alice").id(), true, card.due())),
                        (before, review) -> card);
    }

    @Test
    void a_reveal_rated_after_one_of_a_later_answer_goes_on_from_that_card_never_back_in_time() {
        try (QuizFixture one = new QuizFixture(TestBanks.beginner(1), MutableClock.at("2026-03-04T10:00:00Z"))) {
            ChannelId first = new ChannelId(QuizFixture.TEAM, "first");
            ChannelId second = new ChannelId(QuizFixture.TEAM, "second");
            QuestionCard earlier = one.ask(first, "ask"); // the bank's one question, in both channels
            QuestionCard later = one.ask(second, "ask");
            assertThat(one.answer("alice", earlier, one.wrongLetter(earlier)))
                    .isInstanceOf(AnswerOutcome.Accepted.class);
            one.clock.advance(Duration.ofSeconds(5));
            assertThat(one.answer("alice", later, one.correctLetter(later))).isInstanceOf(AnswerOutcome.Accepted.class);
            Instant laterAt = one.clock.instant();

            one.run(admin(second, "boss"), "close");
            one.run(admin(first, "boss"), "close");

            PlayerId alice = player("alice").id();
            String questionId =
                    one.stores().rounds().find(later.round()).orElseThrow().questionId();
            MemoryCard card =
                    one.stores().memories().cards(questionId, List.of(alice)).get(alice);
            assertThat(one.stores().memories().tally(alice)).isEqualTo(new MemoryCardStore.Tally(2, 1));
            assertThat(card.lastReview()).as("the earlier answer rated last").contains(laterAt);
        }
    }

    @Test
    void a_reveal_to_more_players_than_one_save_holds_rates_every_card() {
        QuestionCard card = f.ask();
        int players = Reviewing.SAVE_CHUNK * 2 + 7;
        for (int i = 0; i < players; i++) {
            f.answer("p" + i, card, i % 2 == 0 ? f.correctLetter(card) : f.wrongLetter(card));
        }
        f.run(admin(CHANNEL, "boss"), "close");

        int rated = 0;
        for (int i = 0; i < players; i++) {
            rated += memories().tally(player("p" + i).id()).reviews();
        }
        assertThat(rated).isEqualTo(players);
    }

    /** The fixture's memory cards, but the process is killed right after it saved the first step of a reveal. */
    MemoryCardStore killedAfterTheFirstSavedStep() {
        MemoryCardStore shared = memories();
        return (MemoryCardStore) Proxy.newProxyInstance(
                MemoryCardStore.class.getClassLoader(),
                new Class<?>[] {MemoryCardStore.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(shared, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("reviewRevealed")) {
                        throw new ThreadDeath();
                    }
                    return result;
                });
    }

    @Test
    void a_reveal_redone_after_a_stop_midway_through_its_ratings_rates_each_answer_once() {
        QuestionCard card = f.ask();
        int players = Reviewing.SAVE_CHUNK + 3;
        for (int i = 0; i < players; i++) {
            f.answer("p" + i, card, f.correctLetter(card));
        }
        QuizStores s = f.stores();
        Quiz dying = new Quiz(
                f.bank,
                new QuizStores(
                        s.rounds(),
                        s.answers(),
                        s.standings(),
                        s.decks(),
                        s.settings(),
                        s.directory(),
                        s.schedules(),
                        killedAfterTheFirstSavedStep(),
                        s.reports()),
                new RecordingAnnouncer(),
                f.clock,
                new SplittableRandom(7));
        assertThatThrownBy(() -> dying.execute(admin(CHANNEL, "boss"), new Command.Close()))
                .isInstanceOf(ThreadDeath.class);

        f.restart();
        f.clock.advance(RoundStore.REVEAL_LEASE);
        assertThat(f.quiz.closeDueRounds()).as("the redone reveal").hasSize(1);

        for (int i = 0; i < players; i++) {
            assertThat(memories().tally(player("p" + i).id()).reviews())
                    .as("reviews of p" + i)
                    .isEqualTo(1);
        }
    }

    @Test
    void review_answers_never_count_on_a_board() {
        practiceAnswered(false);
        f.clock.advance(Duration.ofMinutes(1));
        NotedCard due = reviewCard();
        f.answer("alice", due.card(), f.correctLetter(due.card()));

        LeaderboardView board =
                (LeaderboardView) f.run(in(CHANNEL, "alice"), "leaderboard all").view();

        assertThat(board.window()).isEqualTo(Window.ALL);
        assertThat(board.top()).isEmpty();
    }
}
