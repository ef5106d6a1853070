package dev.mlquiz.discord;

import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.telemetry.Acknowledgments;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.discord.fake.FakeDiscord;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * mlquiz on Discord as the launcher wires it, on a test's database and clock and a small bank, connected to
 * a fake Discord; live-count edits wait for a {@link ManualDelayer} nobody runs.
 */
record RunningBot(Quiz quiz, RoundMessages messages, DiscordBot bot) {
    static RunningBot start(FakeDiscord discord, TempDatabase db, Clock clock, Acknowledgments acknowledgments)
            throws DiscordStartException {
        RoundMessages messages = JdbcStorage.roundMessages(db.database());
        QuestionBank bank = TestBanks.beginner(6);
        DiscordPublisher publisher = new DiscordPublisher();
        RoundMessageUpdater updater = new RoundMessageUpdater(
                new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
                publisher,
                messages,
                RoundCards.reading(bank, db.stores(), clock));
        Quiz quiz = new Quiz(bank, db.stores(), updater, clock, new SplittableRandom(1));
        DiscordBot bot = DiscordBot.start(
                DiscordSettings.of(FakeDiscord.DEFAULT_TOKEN, Optional.of(discord.guildId()))
                        .withEndpoints(discord.restBaseUrl(), discord.gatewayUrl()),
                quiz,
                updater,
                publisher,
                discord::configure,
                acknowledgments);
        return new RunningBot(quiz, messages, bot);
    }
}
