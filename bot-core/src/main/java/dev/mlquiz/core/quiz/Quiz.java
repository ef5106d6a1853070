package dev.mlquiz.core.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.round.CachingRoundStore;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.score.CachingStandings;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.telemetry.QuizEvents;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.SettingsView;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.TopicsView;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The entry adapters call: it wires the use cases ({@link Asking}, {@link Practising}, {@link Answering},
 * {@link Closing}, {@link Boards}, {@link Stats}, {@link Configuring}, {@link DailyQuestions},
 * {@link Reporting}) on one set of
 * stores and hands each call to its use case. Every method returns a platform-neutral view or outcome;
 * nothing here knows which platform asked. Thread-safe: adapters call it from many threads at once.
 */
public final class Quiz {
    private final QuestionBank bank;
    private final QuestionPool pool;
    private final RoundCards cards;
    private final OpenQuestions open;
    private final Answering answering;
    private final Closing closing;
    private final Boards boards;
    private final Stats stats;
    private final Names names;
    private final Configuring configuring;
    private final DailyQuestions daily;
    private final Reporting reporting;
    private final CommandDispatch dispatch;
    private final Map<String, Cache<?, ?>> caches;

    public Quiz(QuestionBank bank, QuizStores stores, Announcer announcer, Clock clock, RandomGenerator random) {
        this(bank, stores, announcer, clock, random, QuizEvents.NONE);
    }

    /** @param events told of each round opened, answer recorded and round revealed (for metrics) */
    public Quiz(
            QuestionBank bank,
            QuizStores stores,
            Announcer announcer,
            Clock clock,
            RandomGenerator random,
            QuizEvents events) {
        this.bank = Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(announcer, "announcer");
        Objects.requireNonNull(events, "events");
        StoredClock now = new StoredClock(clock);
        CachingRoundStore rounds = new CachingRoundStore(stores.rounds());
        CachingStandings standings = new CachingStandings(stores.standings());
        Settings settings = new Settings(stores.settings());
        this.pool = new QuestionPool(bank, stores.reports());
        RoundOpener opener = new RoundOpener(rounds, stores.decks(), now, random, events);
        Streaks streaks = new Streaks(rounds, stores.answers());
        this.names = new Names(stores.directory());
        this.cards = new RoundCards(bank, stores.rounds(), stores.answers(), standings, names, now);
        this.open = new OpenQuestions(rounds, cards, now);
        Reviewing reviewing = new Reviewing(stores.memories(), pool, opener, cards, rounds, now);
        this.answering = new Answering(bank, rounds, stores.answers(), names, announcer, now, reviewing, events);
        this.closing = new Closing(rounds, cards, stores.answers(), announcer, now, reviewing, events);
        this.boards = new Boards(standings, settings, streaks, now);
        this.caches = Map.of("rounds", rounds.cache(), "boards", boards.cache(), "standings", standings.cache());
        this.stats = new Stats(bank, stores.answers(), names, streaks, reviewing, settings, now);
        this.daily = new DailyQuestions(
                pool,
                opener,
                cards,
                closing,
                now,
                stores.schedules(),
                settings,
                rounds,
                new WeeklyRecaps(standings, rounds, stores.answers()),
                announcer);
        this.configuring = new Configuring(settings, standings, daily);
        this.reporting = new Reporting(stores.reports(), bank, rounds, now);
        this.dispatch = new CommandDispatch(new CommandDispatch.UseCases(
                names,
                new Asking(pool, opener, cards, rounds, settings, now),
                new Practising(pool, opener, cards, rounds, now),
                reviewing,
                new Exporting(bank, stores.answers()),
                reporting,
                closing,
                boards,
                stats,
                configuring,
                daily,
                settings,
                this::topics));
    }

    /** The quiz's main caches by name (rounds, boards, standings), recording their statistics, for the metrics endpoint. */
    public Map<String, Cache<?, ?>> caches() {
        return caches;
    }

    public QuestionBank bank() {
        return bank;
    }

    /** Runs a parsed command. Answers are not commands: they arrive through {@link #answer}. */
    public Reply execute(Invocation who, Command command) {
        return dispatch.run(who, command);
    }

    /**
     * Takes a click on an answer button. A click that does not name a round of this player (a stale or
     * foreign button) is refused politely.
     *
     * @param from the channel the click came from: a channel round takes answers only from its channel
     */
    public AnswerOutcome answer(Player player, ChannelId from, RoundId round, Letter letter) {
        return answering.answer(player, from, round, letter);
    }

    /**
     * Takes a report sent from the form a round's "Report a problem" button opened; the notice, for the
     * reporter alone, says whether it was filed. A round unknown in the channel's team reports nothing.
     */
    public Notice report(PlayerId player, ChannelId from, RoundId round, ReportReason reason, String note) {
        return reporting.reportRound(player, from, round, reason, note);
    }

    /** Closes every round whose time is up; called by the scheduler and once at start-up. */
    public List<RevealView> closeDueRounds() {
        return closeDueRounds(team -> true);
    }

    /**
     * Closes the due rounds of the teams this process serves; another process (one running other Discord
     * shards, say) closes the rest, since only it can show their reveals.
     */
    public List<RevealView> closeDueRounds(Predicate<TeamId> served) {
        return closing.closeDue(served);
    }

    /** Posts every question of the day whose time has come; called by the scheduler and at start-up. */
    public List<RoundId> postDueDailyQuestions() {
        return postDueDailyQuestions(team -> true);
    }

    /** Posts the due questions of the day of the teams this process serves. */
    public List<RoundId> postDueDailyQuestions(Predicate<TeamId> served) {
        return daily.postDue(served);
    }

    /**
     * Finishes time-zone changes cut short by a process that ended mid-way; called by the scheduler, apart
     * from its sweep, since a change over a large team takes a while.
     */
    public List<TeamId> finishInterruptedTimeZoneChanges() {
        return configuring.finishInterruptedTimeZoneChanges();
    }

    /**
     * For adapters whose post of an asked question failed: withdraws the round without a reveal, so the
     * channel is free for the next ask.
     */
    public void withdraw(RoundId round) {
        closing.withdraw(round);
    }

    /** The channel's open round, as it looks now; empty when none is open. */
    public Optional<QuestionCard> openRound(ChannelId channel) {
        return open.round(channel);
    }

    /** The channel's question of the day while it is open. */
    public Optional<QuestionCard> openDaily(ChannelId channel) {
        return open.daily(channel);
    }

    /** The player's unanswered practice question, if any. */
    public Optional<QuestionCard> openPractice(PlayerId player) {
        return open.practice(player);
    }

    /**
     * Every question the player may answer in the channel now: its round, its question of the day and the
     * player's practice question, in that order. Rounds whose time is up are left out even before the
     * timer closes them.
     */
    public List<QuestionCard> openQuestions(ChannelId channel, PlayerId player) {
        return open.all(channel, player);
    }

    /**
     * The round's question as it should look now, with the live answer count; empty if unknown or closed.
     * Read from the database, not the cache, since any process may have closed the round.
     */
    public Optional<QuestionCard> card(RoundId id) {
        return cards.card(id);
    }

    /** The reveal of a round closed by any process, read from the database; empty while it is open. */
    public Optional<RevealView> revealOf(RoundId id) {
        return cards.revealOf(id);
    }

    /** The team's leaderboard outside any channel (a Slack App Home, say). */
    public LeaderboardView teamLeaderboard(TeamId team, PlayerId asker, Window window) {
        return boards.teamLeaderboard(team, asker, window);
    }

    /** The name a player was last seen under; empty for someone who has never answered or run a command. */
    public Optional<String> knownName(PlayerId player) {
        return names.known(player);
    }

    /** A player's stats, their recent days and review forecast in the team's zone. */
    public StatsView playerStats(TeamId team, PlayerId player, String name) {
        return stats.of(team, player, name);
    }

    /** The topics with how many of their questions the team may be asked: its retired ones left out. */
    public TopicsView topics(TeamId team) {
        List<TopicsView.Line> lines = pool.countsByTopic(team).entrySet().stream()
                .map(e -> new TopicsView.Line(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
        return new TopicsView(lines, List.of(Difficulty.values()));
    }

    /** What {@code config} alone shows: every setting that applies in the channel, defaults included. */
    public SettingsView settingsView(ChannelId channel) {
        return configuring.view(channel);
    }
}
