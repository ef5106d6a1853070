package dev.mlquiz.core.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.answer.PracticeFeedback;
import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.CommandVisitor;
import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.command.LeaderboardScope;
import dev.mlquiz.core.deck.Deck;
import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Directory;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.CachingRoundStore;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.CachingStandings;
import dev.mlquiz.core.score.ChannelTotal;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.score.PlayerTotal;
import dev.mlquiz.core.score.Ranking;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.Scoring;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.OptionLine;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.SettingsView;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.TeamsView;
import dev.mlquiz.core.view.TopicsView;
import dev.mlquiz.core.view.Wording;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The use cases adapters call. Every method returns a platform-neutral view or outcome; nothing here
 * knows which platform asked. Thread-safe: adapters call it from many threads at once.
 */
public final class Quiz {
    public static final int LEADERBOARD_SIZE = 10;
    /** A practice question waits this long for its answer before it is quietly dropped. */
    public static final Duration PRACTICE_LENGTH = Duration.ofHours(24);
    /** Who counts as a channel's regular player, for question-of-the-day participation. */
    static final Duration REGULARS_PERIOD = Duration.ofDays(28);
    /** A filter with fewer questions than this repeats them soon, so its rounds say so. */
    public static final int THIN_POOL = 5;

    private static final int DECK_LOCK_STRIPES = 64;

    private final QuestionBank bank;
    private final RoundStore rounds;
    /** The rounds as recorded, uncached: what must hold across processes (is it still open?) is read here. */
    private final RoundStore recordedRounds;

    private final AnswerStore answers;
    private final CachingStandings standings;
    private final DeckStore decks;
    private final Settings settings;
    private final Directory directory;
    private final Announcer announcer;
    private final Clock clock;
    private final RandomGenerator random;
    /**
     * Striped, so their number stays fixed however many decks there are: two decks sharing a stripe only
     * wait for each other. Across processes, the round store decides which opening wins.
     */
    private final Object[] deckLocks =
            IntStream.range(0, DECK_LOCK_STRIPES).mapToObj(i -> new Object()).toArray();

    private final Map<PlayerId, String> knownNames = new ConcurrentHashMap<>();
    private final DailyQuestions daily;
    private final Cache<BoardKey, LeaderboardView> boards = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();
    /**
     * A team's zone as of a board version: a zone change rebuilds the totals, which moves the version in any
     * process, so a warm board needs one read (the version), not two.
     */
    private final Cache<TeamVersion, ZoneId> boardZones =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private record TeamVersion(TeamId team, long version) {}

    public Quiz(QuestionBank bank, QuizStores stores, Announcer announcer, Clock clock, RandomGenerator random) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.recordedRounds = stores.rounds();
        this.rounds = new CachingRoundStore(recordedRounds);
        this.answers = stores.answers();
        this.standings = new CachingStandings(stores.standings());
        this.decks = stores.decks();
        this.settings = new Settings(stores.settings());
        this.directory = stores.directory();
        this.announcer = Objects.requireNonNull(announcer, "announcer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.daily = new DailyQuestions(this, stores.schedules(), settings, standings, rounds, answers, announcer);
    }

    /** Posts every question of the day whose time has come; called by the scheduler and at start-up. */
    public List<RoundId> postDueDailyQuestions() {
        return daily.postDue();
    }

    public QuestionBank bank() {
        return bank;
    }

    /** Runs a parsed command. Answers are not commands: they arrive through {@link #answer}. */
    public Reply execute(Invocation who, Command command) {
        return command.accept(new Dispatch(who));
    }

    /** Each command to its use case; admin-only ones refuse non-admins where the use case begins. */
    private final class Dispatch implements CommandVisitor<Reply> {
        private final Invocation who;

        Dispatch(Invocation who) {
            this.who = who;
        }

        @Override
        public Reply ask(Command.Ask ask) {
            return Quiz.this.ask(who, ask.filter());
        }

        @Override
        public Reply practice(Command.Practice practice) {
            return Quiz.this.practice(who, practice.filter());
        }

        @Override
        public Reply close(Command.Close close) {
            return Quiz.this.close(who);
        }

        @Override
        public Reply leaderboard(Command.Leaderboard leaderboard) {
            return Quiz.this.leaderboard(who, leaderboard.window(), leaderboard.scope());
        }

        @Override
        public Reply teams(Command.Teams teams) {
            return Quiz.this.teams(who, teams.window());
        }

        @Override
        public Reply stats(Command.Stats stats) {
            return Quiz.this.stats(who, stats.player());
        }

        @Override
        public Reply topics(Command.Topics topics) {
            return Reply.privately(Quiz.this.topics());
        }

        @Override
        public Reply help(Command.Help help) {
            return Reply.privately(Help.view(
                    settings.roundLength(who.channel()),
                    settings.timeZone(who.channel().team())));
        }

        @Override
        public Reply showSettings(Command.ShowSettings showSettings) {
            remember(who);
            return Reply.privately(settingsView(who.channel()));
        }

        @Override
        public Reply setRoundSeconds(Command.SetRoundSeconds command) {
            return refusal(who, command).orElseGet(() -> Quiz.this.setRoundSeconds(who, command.seconds()));
        }

        @Override
        public Reply setAskCooldown(Command.SetAskCooldown command) {
            return refusal(who, command).orElseGet(() -> Quiz.this.setAskCooldown(who, command.seconds()));
        }

        @Override
        public Reply setTimeZone(Command.SetTimeZone command) {
            return refusal(who, command).orElseGet(() -> Quiz.this.setTimeZone(who, command));
        }

        @Override
        public Reply qotdOn(Command.QotdOn command) {
            remember(who);
            return refusal(who, command).orElseGet(() -> daily.turnOn(who, command.settings()));
        }

        @Override
        public Reply qotdOff(Command.QotdOff command) {
            remember(who);
            return refusal(who, command).orElseGet(() -> daily.turnOff(who));
        }

        @Override
        public Reply qotdStatus(Command.QotdStatus command) {
            remember(who);
            return Reply.privately(Notice.info(daily.status(who.channel())));
        }

        @Override
        public Reply qotdRecap(Command.QotdRecap command) {
            remember(who);
            return refusal(who, command).orElseGet(() -> daily.setRecap(who, command.on()));
        }

        @Override
        public Reply invalid(Command.Invalid invalid) {
            return Reply.privately(Notice.error(invalid.message()));
        }
    }

    /** The command's admin refusal, when it is admin-only and the invoker is not an admin. */
    private static Optional<Reply> refusal(Invocation who, Command command) {
        return who.admin() ? Optional.empty() : command.adminRefusal().map(text -> Reply.privately(Notice.error(text)));
    }

    public Reply ask(Invocation who, Filter filter) {
        remember(who);
        if (who.cannotPost().isPresent()) {
            return Reply.privately(Notice.error(who.cannotPost().get()));
        }
        Optional<Round> open = rounds.openAsk(who.channel());
        if (open.isPresent()) {
            return alreadyOpen(open.get());
        }
        Instant now = now();
        Optional<Instant> cooledDown = nextAskAllowed(who.channel()).filter(next -> next.isAfter(now));
        if (cooledDown.isPresent()) {
            return Reply.privately(Notice.error("This channel has a "
                    + Wording.duration(settings.askCooldown(who.channel()))
                    + " cooldown between rounds. The next question can be asked in "
                    + Wording.duration(Duration.between(now, cooledDown.get())) + "."));
        }
        Set<String> eligible = eligible(filter);
        if (eligible.isEmpty()) {
            return Reply.privately(noQuestions(filter));
        }
        Opened opened = drawAndOpen(
                channelDeck(who.channel()),
                eligible,
                RoundKind.ASK,
                who.channel(),
                Optional.empty(),
                nextRoundId(now),
                now.plus(settings.roundLength(who.channel())),
                // Stored with the round, so every later edit of its card shows it, in any process.
                thinPoolNote(filter, eligible.size()));
        if (!opened.fresh()) {
            return alreadyOpen(opened.round());
        }
        return Reply.toChannel(card(opened.round(), 0));
    }

    /**
     * Said when a filter holds only a few questions: they must come back soon. Repeats are no free points,
     * since the answer store pays a question once per player and team.
     */
    static Optional<String> thinPoolNote(Filter filter, int questions) {
        if (questions >= THIN_POOL) {
            return Optional.empty();
        }
        return Optional.of(
                questions == 1
                        ? "Only 1 question matches " + filter.describe()
                                + ", so it will repeat; it scores only once per player."
                        : "Only " + questions + " questions match " + filter.describe()
                                + ", so they will repeat; each scores only once per player.");
    }

    /** When the channel's ask cooldown, counted from the close of its last revealed round, ends. */
    private Optional<Instant> nextAskAllowed(ChannelId channel) {
        Duration cooldown = settings.askCooldown(channel);
        if (cooldown.isZero()) {
            return Optional.empty();
        }
        return rounds.lastRevealedAsk(channel).flatMap(Round::closedAt).map(closed -> closed.plus(cooldown));
    }

    public Reply practice(Invocation who, Filter filter) {
        remember(who);
        PlayerId player = who.player().id();
        Optional<Round> waiting = rounds.openPractice(player);
        if (waiting.isPresent() && fits(waiting.get(), filter)) {
            return Reply.privately(new NotedCard(
                    "Your practice question is still open: answer it, or ask for another topic or level to"
                            + " replace it.",
                    card(waiting.get(), 0)));
        }
        Set<String> eligible = eligible(filter);
        if (eligible.isEmpty()) {
            return Reply.privately(noQuestions(filter));
        }
        Instant now = now();
        // A request the open question does not fit replaces it; withdrawn, it never counts as answered.
        // Only a question still open here is replaced: one answered or expired a moment ago stands as it is.
        Optional<Round> replaced = waiting.filter(open -> rounds.withdraw(open.id(), now));
        Opened opened = drawAndOpen(
                "practice:" + player.key(),
                eligible,
                RoundKind.PRACTICE,
                who.channel(),
                Optional.of(player),
                nextRoundId(now),
                now.plus(PRACTICE_LENGTH),
                Optional.empty());
        QuestionCard card = card(opened.round(), 0);
        return Reply.privately(
                replaced.isPresent()
                        ? new NotedCard(
                                "Your open practice question (" + topicOf(replaced.get())
                                        + ") is replaced by one on " + filter.describe()
                                        + "; the old one does not count.",
                                card)
                        : card);
    }

    /** Whether a practice request with this filter may be served by the round already open. */
    private boolean fits(Round round, Filter filter) {
        return bank.question(round.questionId()).map(filter::test).orElse(false);
    }

    private String topicOf(Round round) {
        return bank.question(round.questionId())
                .map(q -> bank.topics().displayed(q.topicId()).title())
                .orElse("a retired question");
    }

    /** The round open after an attempt to open one; {@code fresh} when it is the one just drawn. */
    record Opened(Round round, boolean fresh) {}

    RoundId nextRoundId(Instant now) {
        return withRandom(r -> RoundId.next(now.toEpochMilli(), r));
    }

    /**
     * Every use of the generator goes through here, holding the generator's own monitor: it need not be
     * thread-safe, and rounds of two channels (each under its own deck lock) draw at the same time.
     */
    private <T> T withRandom(Function<RandomGenerator, T> use) {
        synchronized (random) {
            return use.apply(random);
        }
    }

    /** A channel's deck: asked rounds and questions of the day draw from it alike. */
    static String channelDeck(ChannelId channel) {
        return "channel:" + channel.key();
    }

    /**
     * Draws the deck's next eligible question and opens a round on it. The deck is saved only when the
     * round really opened, so a lost race (another round opened first) does not use up a question.
     */
    Opened drawAndOpen(
            String deckKey,
            Set<String> eligible,
            RoundKind kind,
            ChannelId channel,
            Optional<PlayerId> owner,
            RoundId id,
            Instant closesAt,
            Optional<String> note) {
        synchronized (deckLock(deckKey)) {
            Instant now = now();
            Deck deck = Deck.of(decks.load(deckKey));
            String questionId = withRandom(r -> deck.draw(eligible, r)).orElseThrow();
            Round candidate = new Round(
                    id,
                    kind,
                    channel,
                    owner,
                    questionId,
                    withRandom(OptionOrder::shuffled),
                    now,
                    closesAt,
                    Optional.empty(),
                    note);
            Round opened = rounds.open(candidate);
            boolean fresh = opened.id().equals(candidate.id());
            if (fresh) {
                decks.save(deckKey, deck.cards());
            }
            return new Opened(opened, fresh);
        }
    }

    /**
     * Takes a click on an answer button. A click that does not name a round of this player (a stale or
     * foreign button) is refused politely.
     *
     * @param from the channel the click came from: a channel round takes answers only from its channel
     */
    public AnswerOutcome answer(Player player, ChannelId from, RoundId roundId, Letter letter) {
        Optional<Round> found = rounds.find(roundId);
        if (found.isEmpty()
                || found.get().owner().map(owner -> !owner.equals(player.id())).orElse(false)) {
            return new AnswerOutcome.UnknownRound(roundId.value());
        }
        Round round = found.get();
        // A private practice question belongs to its owner wherever it shows; a channel round to its channel.
        if (round.owner().isEmpty() && !round.channel().equals(from)) {
            return new AnswerOutcome.WrongChannel(roundId);
        }
        Optional<Question> question = bank.question(round.questionId());
        if (question.isEmpty()) {
            return new AnswerOutcome.UnknownRound(roundId.value());
        }
        Instant now = now();
        if (!round.acceptsAnswersAt(now)) {
            return answers.find(roundId, player.id())
                    .<AnswerOutcome>map(earlier -> new AnswerOutcome.AlreadyAnswered(roundId, earlier.choice()))
                    .orElseGet(() -> new AnswerOutcome.RoundClosed(roundId));
        }
        Question q = question.get();
        boolean correct = letter == round.order().correctLetter();
        Answer answer = new Answer(
                roundId,
                player.id(),
                round.channel(),
                round.kind(),
                q.id(),
                q.topicId(),
                q.difficulty(),
                letter,
                correct,
                // The store pays these once per question and team, so a cycled deck farms nothing.
                Scoring.pointsFor(round.kind(), q.difficulty(), correct),
                now);
        rememberName(player);
        if (!answers.record(answer)) {
            // Either an earlier click of this player won, or the round closed a moment ago.
            return answers.find(roundId, player.id())
                    .<AnswerOutcome>map(earlier -> new AnswerOutcome.AlreadyAnswered(roundId, earlier.choice()))
                    .orElseGet(() -> new AnswerOutcome.RoundClosed(roundId));
        }
        Optional<PracticeFeedback> feedback = Optional.empty();
        if (round.kind() == RoundKind.PRACTICE) {
            rounds.close(roundId, now);
            feedback = Optional.of(new PracticeFeedback(
                    correct,
                    letter,
                    round.order().correctLetter(),
                    round.order().textOf(q, round.order().correctLetter()),
                    q.explanation(),
                    q.tip()));
        } else {
            announcer.answerRecorded(roundId, round.channel());
        }
        return new AnswerOutcome.Accepted(
                roundId, round.kind(), letter, round.order().textOf(q, letter), feedback);
    }

    /** Admins close the channel's open round early; the reveal goes out through the announcer. */
    public Reply close(Invocation who) {
        Optional<Reply> refused = refusal(who, new Command.Close());
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Round> open = rounds.openAsk(who.channel());
        if (open.isEmpty()) {
            return Reply.privately(Notice.error("No round is open in this channel. Start one with /mlquiz ask."));
        }
        closeRound(open.get());
        // The reveal itself goes to the channel; the admin's own reply only confirms the close.
        return Reply.privately(Notice.info("You closed the round early."));
    }

    /** Closes every round whose time is up; called by the scheduler and once at start-up. */
    public List<RevealView> closeDueRounds() {
        List<RevealView> reveals = new ArrayList<>();
        for (Round round : rounds.due(now())) {
            closeRound(round).ifPresent(reveals::add);
        }
        return reveals;
    }

    /** Closes a round that never reached its channel (its post failed): no reveal, and it scores nothing. */
    void discard(Round round) {
        rounds.withdraw(round.id(), now());
    }

    /**
     * For adapters whose post of an asked question failed: withdraws the round without a reveal, so the
     * channel is free for the next ask.
     */
    public void withdraw(RoundId round) {
        rounds.find(round).ifPresent(this::discard);
    }

    private Optional<RevealView> closeRound(Round round) {
        if (!rounds.close(round.id(), now()) || round.kind() == RoundKind.PRACTICE) {
            return Optional.empty();
        }
        Optional<RevealView> reveal = reveal(round);
        reveal.ifPresent(announcer::roundClosed);
        return reveal;
    }

    private Optional<RevealView> reveal(Round round) {
        Optional<Question> question = bank.question(round.questionId());
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Question q = question.get();
        List<Answer> given = answers.forRound(round.id());
        Letter correct = round.order().correctLetter();
        List<RevealView.OptionTally> tallies = new ArrayList<>();
        for (Letter letter : Letter.values()) {
            long count = given.stream().filter(a -> a.choice() == letter).count();
            tallies.add(new RevealView.OptionTally(
                    letter, round.order().textOf(q, letter), (int) count, letter == correct));
        }
        List<Answer> right = given.stream().filter(Answer::correct).collect(Collectors.toList());
        Map<PlayerId, String> names =
                directory.names(right.stream().map(Answer::player).collect(Collectors.toList()));
        Map<Boolean, List<String>> byScoring = right.stream()
                .collect(Collectors.partitioningBy(
                        a -> a.points() > 0,
                        Collectors.mapping(
                                a -> names.getOrDefault(a.player(), a.player().value()), Collectors.toList())));
        return Optional.of(new RevealView(
                round.id(),
                round.kind(),
                round.channel(),
                q.prompt(),
                bank.topics().displayed(q.topicId()),
                q.difficulty(),
                tallies,
                correct,
                q.explanation(),
                q.tip(),
                byScoring.get(true),
                byScoring.get(false),
                right.stream()
                        .findFirst()
                        .map(a -> names.getOrDefault(a.player(), a.player().value())),
                Scoring.pointsFor(round.kind(), q.difficulty(), true),
                given.size(),
                round.kind() == RoundKind.DAILY
                        ? Optional.of(new RevealView.Participation(given.size(), regulars(round.channel())))
                        : Optional.empty()));
    }

    /** Players with a ranked answer in the channel in the last four weeks. */
    private int regulars(ChannelId channel) {
        return standings.regulars(channel, now().minus(REGULARS_PERIOD));
    }

    /** The channel's open round, as it looks now; empty when none is open. */
    public Optional<QuestionCard> openRound(ChannelId channel) {
        return rounds.openAsk(channel).map(r -> card(r, answers.countForRound(r.id())));
    }

    /** The channel's question of the day while it is open. */
    public Optional<QuestionCard> openDaily(ChannelId channel) {
        List<Round> daily = rounds.daily(List.of(channel));
        if (daily.isEmpty()) {
            return Optional.empty();
        }
        Round latest = daily.get(daily.size() - 1);
        return latest.acceptsAnswersAt(now())
                ? Optional.of(card(latest, answers.countForRound(latest.id())))
                : Optional.empty();
    }

    /** The player's unanswered practice question, if any. */
    public Optional<QuestionCard> openPractice(PlayerId player) {
        return rounds.openPractice(player).map(r -> card(r, 0));
    }

    /**
     * Every question the player may answer in the channel now: its round, its question of the day and the
     * player's practice question, in that order. Rounds whose time is up are left out even before the
     * timer closes them.
     */
    public List<QuestionCard> openQuestions(ChannelId channel, PlayerId player) {
        Instant now = now();
        List<QuestionCard> open = new ArrayList<>();
        openRound(channel).filter(card -> now.isBefore(card.closesAt())).ifPresent(open::add);
        openDaily(channel).ifPresent(open::add);
        openPractice(player).filter(card -> now.isBefore(card.closesAt())).ifPresent(open::add);
        return open;
    }

    /**
     * The round's question as it should look now, with the live answer count; empty if unknown or closed.
     * Read from the database, not the cache, since any process may have closed the round.
     */
    public Optional<QuestionCard> card(RoundId id) {
        return recordedRounds.find(id).filter(r -> r.closedAt().isEmpty()).map(r -> card(r, answers.countForRound(id)));
    }

    /** The reveal of a round closed by any process, read from the database; empty while it is open. */
    public Optional<RevealView> revealOf(RoundId id) {
        return recordedRounds
                .find(id)
                .filter(r -> r.closedAt().isPresent() && r.kind() != RoundKind.PRACTICE)
                .flatMap(this::reveal);
    }

    QuestionCard card(Round round, int answerCount) {
        Question q = bank.question(round.questionId())
                .orElseThrow(() -> new IllegalStateException(
                        "round " + round.id() + " asks unknown question " + round.questionId()));
        List<String> shown = round.order().arrange(q);
        List<OptionLine> options = IntStream.range(0, shown.size())
                .mapToObj(i -> new OptionLine(Letter.at(i), shown.get(i)))
                .collect(Collectors.toList());
        return new QuestionCard(
                round.id(),
                round.kind(),
                q.prompt(),
                options,
                bank.topics().displayed(q.topicId()),
                q.difficulty(),
                Scoring.pointsFor(round.kind(), q.difficulty(), true),
                round.closesAt(),
                answerCount,
                round.note());
    }

    public Reply leaderboard(Invocation who, Window window, LeaderboardScope scope) {
        remember(who);
        TeamId team = who.channel().team();
        long version = standings.version(team);
        Period period = Period.of(window, now(), boardZone(team, version));
        return Reply.toChannel(
                scope == LeaderboardScope.TEAM
                        ? leaderboardView(
                                "Team",
                                window,
                                Scope.team(team),
                                period,
                                who.player().id(),
                                version)
                        : leaderboardView(
                                "#" + who.channelName(),
                                window,
                                Scope.channel(who.channel()),
                                period,
                                who.player().id(),
                                version));
    }

    /** The team's leaderboard outside any channel (a Slack App Home, say). */
    public LeaderboardView teamLeaderboard(TeamId team, PlayerId asker, Window window) {
        long version = standings.version(team);
        Period period = Period.of(window, now(), boardZone(team, version));
        return leaderboardView("Team", window, Scope.team(team), period, asker, version);
    }

    private ZoneId boardZone(TeamId team, long version) {
        return boardZones.get(new TeamVersion(team, version), key -> settings.timeZone(team));
    }

    private record BoardKey(
            String scopeName, Window window, String scope, Period period, PlayerId asker, long version) {}

    /** Built views are cached by the team's totals version, so a warm leaderboard costs a map lookup. */
    private LeaderboardView leaderboardView(
            String scopeName, Window window, Scope scope, Period period, PlayerId asker, long version) {
        BoardKey key = new BoardKey(scopeName, window, scope.key(), period, asker, version);
        return boards.get(key, k -> buildLeaderboard(scopeName, window, scope, period, asker));
    }

    private LeaderboardView buildLeaderboard(
            String scopeName, Window window, Scope scope, Period period, PlayerId asker) {
        Board board = standings.board(scope, period, LEADERBOARD_SIZE, Optional.of(asker));
        List<LeaderboardView.Line> top =
                Ranking.ranked(board.top(), PlayerTotal::points, (rank, total) -> line(rank, total, asker));
        Optional<LeaderboardView.Line> own = board.asker()
                .filter(ranked -> board.top().stream().noneMatch(t -> t.player().equals(asker)))
                .map(ranked -> line(ranked.rank(), ranked.total(), asker));
        return new LeaderboardView(scopeName, window, top, own, board.players());
    }

    private LeaderboardView.Line line(int rank, PlayerTotal total, PlayerId asker) {
        return new LeaderboardView.Line(
                rank,
                total.name(),
                total.points(),
                total.correct(),
                total.answered(),
                total.player().equals(asker),
                currentDailyStreak(total.player()));
    }

    public Reply teams(Invocation who, Window window) {
        remember(who);
        List<ChannelTotal> totals = standings
                .channels(
                        who.channel().team(),
                        Period.of(window, now(), settings.timeZone(who.channel().team())))
                .stream()
                .sorted(Comparator.comparingDouble(ChannelTotal::pointsPerPlayer)
                        .reversed()
                        .thenComparing(ChannelTotal::name))
                .collect(Collectors.toList());
        List<TeamsView.Line> lines = Ranking.ranked(
                totals.subList(0, Math.min(totals.size(), LEADERBOARD_SIZE)),
                ChannelTotal::pointsPerPlayer,
                (rank, total) -> new TeamsView.Line(
                        rank, total.name(), total.pointsPerPlayer(), total.points(), total.activePlayers()));
        return Reply.toChannel(new TeamsView(window, lines));
    }

    /** {@code subject}: a user id on the asker's platform; empty means the asker. */
    public Reply stats(Invocation who, Optional<String> subject) {
        remember(who);
        PlayerId id = who.player().id();
        String name = who.player().displayName();
        if (subject.isPresent()) {
            try {
                id = new PlayerId(id.platform(), subject.get());
            } catch (IllegalArgumentException e) {
                return Reply.privately(Notice.error("'" + subject.get() + "' is not a user I know."));
            }
            name = directory.names(List.of(id)).getOrDefault(id, subject.get());
        }
        return Reply.privately(playerStats(id, name));
    }

    /** The name a player was last seen under; empty for someone who has never answered or run a command. */
    public Optional<String> knownName(PlayerId player) {
        return Optional.ofNullable(directory.names(List.of(player)).get(player));
    }

    public StatsView playerStats(PlayerId player, String name) {
        List<Answer> history = answers.history(player);
        return new StatsView(name, PlayerStats.of(history, dailyStreak(history), bank.topics()));
    }

    /** The player's question-of-the-day streak, over the daily questions of the channels they play in. */
    private PlayerStats.DailyStreak dailyStreak(List<Answer> history) {
        Map<RoundId, Boolean> correctness = new HashMap<>();
        Set<ChannelId> channels = new HashSet<>();
        for (Answer answer : history) {
            if (answer.kind() == RoundKind.DAILY) {
                correctness.put(answer.round(), answer.correct());
                channels.add(answer.channel());
            }
        }
        if (channels.isEmpty()) {
            return PlayerStats.DailyStreak.NONE;
        }
        return PlayerStats.DailyStreak.of(rounds.daily(channels), correctness);
    }

    /**
     * The current streak alone, for leaderboard lines: read from the newest revealed daily questions
     * back, a widening window at a time, since most streaks end within a few questions.
     */
    private int currentDailyStreak(PlayerId player) {
        for (int limit = 16; ; limit *= 4) {
            List<Optional<Boolean>> newest = answers.latestDailyResults(player, limit);
            PlayerStats.CurrentRun current = PlayerStats.DailyStreak.current(newest);
            if (current.complete() || newest.size() < limit) {
                return current.run();
            }
        }
    }

    public TopicsView topics() {
        List<TopicsView.Line> lines = bank.countsByTopic().entrySet().stream()
                .map(e -> new TopicsView.Line(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
        return new TopicsView(lines, List.of(Difficulty.values()));
    }

    /** What {@code config} alone shows: every setting that applies in the channel, defaults included. */
    public SettingsView settingsView(ChannelId channel) {
        Duration cooldown = settings.askCooldown(channel);
        return new SettingsView(
                List.of(
                        new SettingsView.Line("Round length", Wording.duration(settings.roundLength(channel))),
                        new SettingsView.Line(
                                "Ask cooldown",
                                cooldown.isZero() ? "none" : Wording.duration(cooldown) + " after a round closes"),
                        new SettingsView.Line(
                                "Time zone",
                                Wording.zone(settings.timeZone(channel.team()))
                                        + " (the team's; weeks and months follow it)"),
                        new SettingsView.Line("Question of the day", daily.status(channel))),
                "Admins change them with config round-seconds, config ask-cooldown, config timezone and qotd on.");
    }

    /** The admin-only setters below are reached through {@link Dispatch}, which refuses non-admins. */
    private Reply setRoundSeconds(Invocation who, int seconds) {
        settings.setRoundLength(who.channel(), seconds);
        return Reply.privately(
                Notice.info("Rounds in this channel now last " + Wording.duration(Duration.ofSeconds(seconds)) + "."));
    }

    private Reply setAskCooldown(Invocation who, int seconds) {
        settings.setAskCooldown(who.channel(), seconds);
        return Reply.privately(Notice.info(
                seconds == 0
                        ? "Rounds in this channel may now be asked back to back."
                        : "A new round can be asked here " + Wording.duration(Duration.ofSeconds(seconds))
                                + " after the last one closed."));
    }

    private Reply setTimeZone(Invocation who, Command.SetTimeZone command) {
        settings.setTimeZone(who.channel().team(), command.zone());
        standings.rebuild(who.channel().team(), command.zone());
        return Reply.privately(Notice.info("The team's time zone is now " + Wording.zone(command.zone())
                + ". Weekly and monthly leaderboards follow it."));
    }

    /** Not a refusal: the open round's question again, with its live count, so it can be answered. */
    private Reply alreadyOpen(Round open) {
        return Reply.privately(new NotedCard(
                "A round is already open in this channel; here it is again.",
                card(open, answers.countForRound(open.id()))));
    }

    Set<String> eligible(Filter filter) {
        return bank.questions().stream()
                .filter(filter::test)
                .map(Question::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Notice noQuestions(Filter filter) {
        return Notice.error("No questions match " + filter.describe() + ". See /mlquiz topics for what there is.");
    }

    /** Milliseconds are what storage keeps, so rounds compare equal before and after a restart. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Object deckLock(String deckKey) {
        return deckLocks[Math.floorMod(deckKey.hashCode(), DECK_LOCK_STRIPES)];
    }

    private void remember(Invocation who) {
        rememberName(who.player());
        directory.rememberChannel(who.channel(), who.channelName());
    }

    /** Writes a name only when it is new or changed, so a burst of answers is not a burst of name writes. */
    private void rememberName(Player player) {
        if (!player.displayName().equals(knownNames.get(player.id()))) {
            directory.rememberPlayer(player);
            knownNames.put(player.id(), player.displayName());
        }
    }
}
