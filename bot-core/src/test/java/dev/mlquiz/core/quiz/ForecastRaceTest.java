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

/** The review forecast reads the due counts seven times; cards rated meanwhile must not break the stats. */
class ForecastRaceTest {
    @Test
    void a_card_moved_to_a_later_day_between_two_reads_makes_no_day_negative() {
        InMemoryStorage storage = new InMemoryStorage();
        var stores = storage.stores();
        AtomicInteger reads = new AtomicInteger();
        // The first reads see a card due that a rating moves beyond the week before the later reads.
        MemoryCardStore moving = (MemoryCardStore) Proxy.newProxyInstance(
                MemoryCardStore.class.getClassLoader(),
                new Class<?>[] {MemoryCardStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("countDue")) {
                        return reads.incrementAndGet() <= 3 ? 1 : 0;
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

        assertThat(stats.review()).hasValueSatisfying(review -> assertThat(review.forecast())
                .extracting(StatsView.DayCount::count)
                .allMatch(count -> count >= 0));
    }
}
