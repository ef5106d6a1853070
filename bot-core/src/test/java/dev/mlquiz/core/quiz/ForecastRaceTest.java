package dev.mlquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.InMemoryStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.StatsView;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The review status and its forecast come from one read of the due counts: with one read per day, a card
 * rated between two reads could move to a later day and make a day's count negative.
 */
class ForecastRaceTest {
    @Test
    void the_stats_read_every_due_count_at_once() {
        InMemoryStorage storage = new InMemoryStorage();
        var stores = storage.stores();
        AtomicInteger reads = new AtomicInteger();
        MemoryCardStore moving = (MemoryCardStore) Proxy.newProxyInstance(
                MemoryCardStore.class.getClassLoader(),
                new Class<?>[] {MemoryCardStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("countDue")) {
                        reads.incrementAndGet();
                    }
                    try {
                        return method.invoke(stores.memories(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Quiz quiz = new Quiz(
                TestBanks.beginner(3),
                storage.storesWith(moving),
                new RecordingAnnouncer(),
                MutableClock.at("2026-03-04T10:00:00Z"),
                new SplittableRandom(1));
        TeamId team = new TeamId(Platform.CONSOLE, "team");
        Player alice = new Player(new PlayerId(Platform.CONSOLE, "alice"), "alice");
        Invocation who = new Invocation(alice, new ChannelId(team, "general"), "general", false);
        QuestionCard card = (QuestionCard)
                quiz.execute(who, new Command.Practice(Filter.ANY)).view();
        quiz.answer(alice, who.channel(), card.round(), Letter.A);

        StatsView stats = quiz.playerStats(team, alice.id(), "alice");

        assertThat(reads).hasValue(1);
        assertThat(stats.review()).hasValueSatisfying(review -> {
            assertThat(review.dueNow()).isZero();
            assertThat(review.forecast()).hasSize(StatsView.FORECAST_DAYS);
            assertThat(review.forecast()).extracting(StatsView.DayCount::count).containsExactly(1, 0, 0, 0, 0, 0, 0);
        });
    }
}
