package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.slack.fake.FakeSlack;
import dev.mlquiz.slack.fake.SlackPayloads;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reveal Slack rate-limits stays owed until a chat.update of it went through. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackOwedRevealTest {
    static final ChannelId CHANNEL = SlackIdentities.channel(SlackPayloads.TEAM_ID, SlackPayloads.CHANNEL_ID);

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final ManualDelayer retries = new ManualDelayer();
    final SlackPublisher publisher = new SlackPublisher(Optional.empty(), retries);
    FakeSlack slack;
    RoundMessageUpdater updater;
    Quiz quiz;

    @BeforeEach
    void start() {
        slack = new FakeSlack();
        publisher.connect(Slack.getInstance(slack.slackConfig()).methods("xoxb-test"));
        QuestionBank bank = TestBanks.beginner(6);
        updater = new RoundMessageUpdater(
                new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
                publisher,
                JdbcStorage.roundMessages(db.database()),
                RoundCards.reading(bank, db.stores(), clock));
        quiz = new Quiz(bank, db.stores(), updater, clock, new SplittableRandom(1));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    /** Asks in the channel and posts the question, as the Slack front end does. */
    RoundId asked() {
        Invocation asker = new Invocation(SlackIdentities.player("U1", "alice"), CHANNEL, "quiz", false);
        QuestionCard card = (QuestionCard)
                quiz.execute(asker, CommandParser.parse("ask", quiz.bank().topics()))
                        .view();
        updater.post(CHANNEL, List.of(), card);
        return card.round();
    }

    List<RoundId> owedOnceClaimsLapse() {
        return db.stores().rounds().owedReveals(clock.instant().plus(RoundStore.REVEAL_LEASE)).stream()
                .map(Round::id)
                .toList();
    }

    int updates() {
        return slack.calls("chat.update").size();
    }

    @Test
    void a_reveal_rate_limited_on_every_try_stays_owed_and_a_later_sweep_shows_it() {
        RoundId round = asked();
        slack.stub("chat.update", call -> FakeSlack.Reply.rateLimited(1));
        clock.advance(Duration.ofSeconds(61));
        quiz.closeDueRounds();
        retries.runAll();
        SlackEndToEndTest.eventually(() -> updates() == 2 && retries.tasks.size() == 1);
        retries.runAll();
        SlackEndToEndTest.eventually(() -> updates() == SlackPublisher.EDIT_TRIES);
        slack.unstub("chat.update");

        clock.advance(RoundStore.REVEAL_LEASE);
        List<RevealView> redone = quiz.closeDueRounds();

        assertThat(redone).extracting(RevealView::round).containsExactly(round);
        SlackEndToEndTest.eventually(() -> owedOnceClaimsLapse().isEmpty());
    }

    @Test
    void a_reveal_that_goes_through_on_its_second_try_is_owed_until_then() {
        RoundId round = asked();
        slack.stubOnce("chat.update", FakeSlack.Reply.rateLimited(7));
        clock.advance(Duration.ofSeconds(61));
        quiz.closeDueRounds();

        assertThat(owedOnceClaimsLapse()).as("waiting out the rate limit").containsExactly(round);
        retries.runAll();

        SlackEndToEndTest.eventually(() -> owedOnceClaimsLapse().isEmpty());
        assertThat(updates()).isEqualTo(2);
    }
}
