package dev.mlquiz.core.testing;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.daily.DailySchedule;
import dev.mlquiz.core.daily.DayClaim;
import dev.mlquiz.core.daily.ScheduleStore;
import dev.mlquiz.core.deck.DeckCard;
import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.deck.StoredDeck;
import dev.mlquiz.core.delivery.DeliveryLog;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Directory;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.install.Installation;
import dev.mlquiz.core.install.Installations;
import dev.mlquiz.core.install.OAuthStates;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.ChannelTotal;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.PlayerTotal;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.Standings;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.settings.SettingsStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every storage port in memory, over one state under one lock: what the JDBC storage does, without a
 * database. Closing a round counts its answers into the standings in the same locked step, as the JDBC
 * store's transaction does. Every {@link #stores()} shares the state, as processes share a database file.
 */
public final class InMemoryStorage {
    private static final Comparator<Round> OPENED = Comparator.comparing(Round::openedAt)
            .thenComparing(round -> round.id().value());

    private final Object lock = new Object();
    private final Map<RoundId, StoredRound> rounds = new HashMap<>();
    /** Each owed reveal, with the instant its claim lapses. */
    private final Map<RoundId, Instant> owedReveals = new HashMap<>();

    private final Map<AnswerKey, Answer> answers = new HashMap<>();
    private final Map<TotalKey, Sums> totals = new HashMap<>();
    private final Map<TeamId, Long> versions = new HashMap<>();
    private final Map<String, StoredDeck> decks = new HashMap<>();
    private final Map<ChannelId, Duration> roundLengths = new HashMap<>();
    private final Map<ChannelId, Duration> askCooldowns = new HashMap<>();
    private final Map<TeamId, ZoneId> zones = new HashMap<>();
    private final Map<PlayerId, String> playerNames = new HashMap<>();
    private final Map<ChannelId, String> channelNames = new HashMap<>();
    private final Map<ChannelId, DailySchedule> schedules = new HashMap<>();
    private final Map<DailyClaim, ClaimState> claims = new HashMap<>();
    private final Map<RoundId, String> messageRefs = new HashMap<>();
    private final Map<String, Instant> deliveries = new HashMap<>();
    private final Map<TeamId, Installation> installed = new HashMap<>();
    /** state -> when it expires */
    private final Map<String, Instant> oauthStates = new HashMap<>();

    private final QuizStores stores = new QuizStores(
            new Rounds(),
            new Answers(),
            new Totals(),
            new Decks(),
            new ChannelSettings(),
            new Names(),
            new Schedules(),
            new InMemoryMemoryCards(),
            new InMemoryReports());
    private final RoundMessages roundMessages = new Messages();
    private final DeliveryLog deliveryLog = new Deliveries();
    private final Installations installations = new Installed();
    private final OAuthStates states = new States();

    /** The quiz's ports on this state; every caller gets the same ones. */
    public QuizStores stores() {
        return stores;
    }

    /** The same ports but the memory cards, for a test that breaks or bends those. */
    public QuizStores storesWith(MemoryCardStore memories) {
        return new QuizStores(
                stores.rounds(),
                stores.answers(),
                stores.standings(),
                stores.decks(),
                stores.settings(),
                stores.directory(),
                stores.schedules(),
                memories,
                stores.reports());
    }

    public RoundMessages roundMessages() {
        return roundMessages;
    }

    public DeliveryLog deliveryLog() {
        return deliveryLog;
    }

    public Installations installations() {
        return installations;
    }

    public OAuthStates oauthStates() {
        return states;
    }

    /** A round as stored: withdrawn rounds are closed but were never revealed. */
    private record StoredRound(Round round, boolean withdrawn) {
        boolean open() {
            return round.closedAt().isEmpty();
        }

        boolean revealed() {
            return !open() && !withdrawn;
        }
    }

    private record AnswerKey(RoundId round, PlayerId player) {}

    /** A leaderboard row's key; the scope's key decides, as it does in the table. */
    private record TotalKey(String scopeKey, Period period, PlayerId player) {}

    private record Sums(int points, int correct, int answered) {
        static Sums of(Answer answer) {
            return new Sums(answer.points(), answer.correct() ? 1 : 0, 1);
        }

        Sums plus(Sums other) {
            return new Sums(points + other.points, correct + other.correct, answered + other.answered);
        }
    }

    private record DailyClaim(ChannelId channel, LocalDate date) {}

    /** A released claim has no claimant: it was claimed at {@link Instant#MIN}, long out of its lease. */
    private record ClaimState(RoundId round, Instant claimedAt, boolean settled) {
        boolean heldSince(Instant claimant) {
            return !settled && claimedAt.equals(claimant);
        }
    }

    /** An answer counts on boards once its round is revealed, unless it is practice. */
    private boolean counts(Answer answer) {
        StoredRound round = rounds.get(answer.round());
        return answer.kind().ranked() && round != null && round.revealed();
    }

    private void add(Answer answer, TeamId team, ZoneId zone) {
        for (Period period : Period.containing(answer.answeredAt(), zone)) {
            for (String scope : List.of(team.key(), answer.channel().key())) {
                totals.merge(new TotalKey(scope, period, answer.player()), Sums.of(answer), Sums::plus);
            }
        }
    }

    private void settle(Round round) {
        TeamId team = round.channel().team();
        ZoneId zone = zones.getOrDefault(team, Settings.DEFAULT_ZONE);
        answers.values().stream()
                .filter(answer ->
                        answer.round().equals(round.id()) && answer.kind().ranked())
                .forEach(answer -> add(answer, team, zone));
        versions.merge(team, 1L, Long::sum);
    }

    private void rebuild(TeamId team, ZoneId zone) {
        totals.keySet().removeIf(key -> inTeam(key.scopeKey(), team));
        answers.values().stream()
                .filter(answer -> answer.channel().team().equals(team) && counts(answer))
                .forEach(answer -> add(answer, team, zone));
        versions.merge(team, 1L, Long::sum);
    }

    private static boolean inTeam(String scopeKey, TeamId team) {
        return scopeKey.equals(team.key()) || scopeKey.startsWith(team.key() + "/");
    }

    private Stream<StoredRound> storedRounds(Predicate<StoredRound> which) {
        return rounds.values().stream().filter(which);
    }

    private final class Rounds implements RoundStore {
        @Override
        public Round open(Round candidate) {
            synchronized (lock) {
                if (rounds.containsKey(candidate.id())) {
                    throw new IllegalArgumentException("round id " + candidate.id() + " is already used");
                }
                Optional<Round> blocking = candidate.closedAt().isPresent()
                        ? Optional.empty()
                        : switch (candidate.kind()) {
                            case ASK -> openAsk(candidate.channel());
                            case PRACTICE -> openPractice(candidate.owner().orElseThrow());
                            case DAILY -> Optional.empty();
                        };
                if (blocking.isPresent()) {
                    return blocking.get();
                }
                rounds.put(candidate.id(), new StoredRound(candidate, false));
                return candidate;
            }
        }

        @Override
        public Optional<Round> find(RoundId id) {
            synchronized (lock) {
                return Optional.ofNullable(rounds.get(id)).map(StoredRound::round);
            }
        }

        @Override
        public Optional<Round> openAsk(ChannelId channel) {
            synchronized (lock) {
                return storedRounds(r -> r.open()
                                && r.round().kind() == RoundKind.ASK
                                && r.round().channel().equals(channel))
                        .map(StoredRound::round)
                        .findFirst();
            }
        }

        @Override
        public Optional<Round> openPractice(PlayerId owner) {
            synchronized (lock) {
                return storedRounds(r -> r.open()
                                && r.round().kind() == RoundKind.PRACTICE
                                && r.round().owner().equals(Optional.of(owner)))
                        .map(StoredRound::round)
                        .findFirst();
            }
        }

        @Override
        public Set<String> openChannelQuestions(TeamId team) {
            synchronized (lock) {
                return storedRounds(r -> r.open()
                                && r.round().kind() != RoundKind.PRACTICE
                                && r.round().channel().team().equals(team))
                        .map(r -> r.round().questionId())
                        .collect(Collectors.toSet());
            }
        }

        @Override
        public List<Round> due(Instant now) {
            synchronized (lock) {
                return storedRounds(r -> r.open() && !r.round().closesAt().isAfter(now))
                        .map(StoredRound::round)
                        .sorted(Comparator.comparing(Round::closesAt)
                                .thenComparing(round -> round.id().value()))
                        .toList();
            }
        }

        @Override
        public List<Round> daily(Collection<ChannelId> channels) {
            synchronized (lock) {
                return storedRounds(r -> r.round().kind() == RoundKind.DAILY
                                && !r.withdrawn()
                                && channels.contains(r.round().channel()))
                        .map(StoredRound::round)
                        .sorted(OPENED)
                        .toList();
            }
        }

        @Override
        public Optional<Round> latestDaily(ChannelId channel) {
            synchronized (lock) {
                return storedRounds(r -> r.round().kind() == RoundKind.DAILY
                                && !r.withdrawn()
                                && r.round().channel().equals(channel))
                        .map(StoredRound::round)
                        .max(OPENED);
            }
        }

        @Override
        public Optional<Round> lastRevealedAsk(ChannelId channel) {
            synchronized (lock) {
                return storedRounds(r -> r.revealed()
                                && r.round().kind() == RoundKind.ASK
                                && r.round().channel().equals(channel))
                        .map(StoredRound::round)
                        .max(OPENED);
            }
        }

        @Override
        public boolean close(RoundId id, Instant closedAt) {
            synchronized (lock) {
                if (!markClosed(id, closedAt, false)) {
                    return false;
                }
                Round round = rounds.get(id).round();
                // Practice scores nothing, so its close leaves the boards (and their version) alone.
                if (round.kind().ranked()) {
                    settle(round);
                    owedReveals.put(id, closedAt.plus(REVEAL_LEASE));
                }
                return true;
            }
        }

        @Override
        public List<Round> owedReveals(Instant now) {
            synchronized (lock) {
                return owedReveals.entrySet().stream()
                        .filter(owed -> !owed.getValue().isAfter(now))
                        .map(owed -> rounds.get(owed.getKey()).round())
                        .sorted(Comparator.comparing(Round::closesAt)
                                .thenComparing(round -> round.id().value()))
                        .toList();
            }
        }

        @Override
        public boolean claimReveal(RoundId id, Instant now) {
            synchronized (lock) {
                Instant claimedUntil = owedReveals.get(id);
                if (claimedUntil == null || claimedUntil.isAfter(now)) {
                    return false;
                }
                owedReveals.put(id, now.plus(REVEAL_LEASE));
                return true;
            }
        }

        @Override
        public void revealed(RoundId id) {
            synchronized (lock) {
                owedReveals.remove(id);
            }
        }

        @Override
        public boolean withdraw(RoundId id, Instant closedAt) {
            synchronized (lock) {
                return markClosed(id, closedAt, true);
            }
        }

        private boolean markClosed(RoundId id, Instant closedAt, boolean withdrawn) {
            StoredRound stored = rounds.get(id);
            if (stored == null || !stored.open()) {
                return false;
            }
            Round r = stored.round();
            Round closed = new Round(
                    r.id(),
                    r.kind(),
                    r.channel(),
                    r.owner(),
                    r.questionId(),
                    r.order(),
                    r.openedAt(),
                    r.closesAt(),
                    Optional.of(closedAt),
                    r.note());
            rounds.put(id, new StoredRound(closed, withdrawn));
            return true;
        }
    }

    private final class Answers implements AnswerStore {
        @Override
        public boolean record(Answer answer) {
            synchronized (lock) {
                StoredRound round = rounds.get(answer.round());
                AnswerKey key = new AnswerKey(answer.round(), answer.player());
                if (round == null || !round.open() || answers.containsKey(key)) {
                    return false;
                }
                boolean paidBefore = answers.values().stream()
                        .anyMatch(earlier -> earlier.player().equals(answer.player())
                                && earlier.questionId().equals(answer.questionId())
                                && earlier.channel()
                                        .team()
                                        .equals(answer.channel().team())
                                && earlier.points() > 0);
                answers.put(key, paidBefore ? withoutPoints(answer) : answer);
                return true;
            }
        }

        private static Answer withoutPoints(Answer a) {
            return new Answer(
                    a.round(),
                    a.player(),
                    a.channel(),
                    a.kind(),
                    a.questionId(),
                    a.topicId(),
                    a.difficulty(),
                    a.choice(),
                    a.correct(),
                    0,
                    a.answeredAt());
        }

        @Override
        public Optional<Answer> find(RoundId round, PlayerId player) {
            synchronized (lock) {
                return Optional.ofNullable(answers.get(new AnswerKey(round, player)));
            }
        }

        @Override
        public List<Answer> forRound(RoundId round) {
            synchronized (lock) {
                return answers.values().stream()
                        .filter(answer -> answer.round().equals(round))
                        .sorted(Comparator.comparing(Answer::answeredAt)
                                .thenComparing(answer -> answer.player().key()))
                        .toList();
            }
        }

        @Override
        public int countForRound(RoundId round) {
            synchronized (lock) {
                return (int) answers.values().stream()
                        .filter(answer -> answer.round().equals(round))
                        .count();
            }
        }

        @Override
        public List<Optional<Boolean>> latestDailyResults(PlayerId player, TeamId team, int limit) {
            synchronized (lock) {
                Set<ChannelId> played = answers.values().stream()
                        .filter(answer -> answer.player().equals(player)
                                && answer.channel().team().equals(team)
                                && answer.kind() == RoundKind.DAILY
                                && !rounds.get(answer.round()).open())
                        .map(Answer::channel)
                        .collect(Collectors.toSet());
                return storedRounds(r -> r.revealed()
                                && r.round().kind() == RoundKind.DAILY
                                && played.contains(r.round().channel()))
                        .map(StoredRound::round)
                        .sorted(OPENED.reversed())
                        .limit(Math.max(0, limit))
                        .map(round -> Optional.ofNullable(answers.get(new AnswerKey(round.id(), player)))
                                .map(Answer::correct))
                        .toList();
            }
        }

        @Override
        public List<Answer> history(PlayerId player) {
            return history(player, answer -> true);
        }

        @Override
        public List<Answer> history(PlayerId player, TeamId team) {
            return history(player, answer -> answer.channel().team().equals(team));
        }

        private List<Answer> history(PlayerId player, Predicate<Answer> kept) {
            synchronized (lock) {
                return answers.values().stream()
                        .filter(answer -> answer.player().equals(player)
                                && rounds.get(answer.round()).revealed()
                                && kept.test(answer))
                        .sorted(Comparator.comparing(Answer::answeredAt)
                                .thenComparing(answer -> answer.round().value()))
                        .toList();
            }
        }
    }

    private final class Totals implements Standings {
        @Override
        public Board board(Scope scope, Period period, int limit, Optional<PlayerId> asker) {
            synchronized (lock) {
                List<PlayerTotal> rows = totals.entrySet().stream()
                        .filter(e -> e.getKey().scopeKey().equals(scope.key())
                                && e.getKey().period().equals(period))
                        .map(e -> total(e.getKey().player(), e.getValue()))
                        .sorted(Comparator.comparingInt(PlayerTotal::points)
                                .reversed()
                                .thenComparing(Comparator.comparingInt(PlayerTotal::correct)
                                        .reversed())
                                .thenComparing(total -> total.player().key()))
                        .toList();
                Optional<Board.RankedTotal> own = asker.flatMap(player -> rows.stream()
                                .filter(total -> total.player().equals(player))
                                .findFirst())
                        .map(total -> new Board.RankedTotal(
                                1
                                        + (int) rows.stream()
                                                .filter(other -> other.points() > total.points())
                                                .count(),
                                total));
                return new Board(rows.subList(0, Math.min(rows.size(), Math.max(0, limit))), own, rows.size());
            }
        }

        private PlayerTotal total(PlayerId player, Sums sums) {
            return new PlayerTotal(
                    player,
                    playerNames.getOrDefault(player, player.value()),
                    sums.points(),
                    sums.correct(),
                    sums.answered());
        }

        @Override
        public List<ChannelTotal> channels(TeamId team, Period period) {
            synchronized (lock) {
                Map<String, List<Sums>> byChannel = totals.entrySet().stream()
                        .filter(e -> e.getKey().period().equals(period)
                                && e.getKey().scopeKey().startsWith(team.key() + "/"))
                        .collect(Collectors.groupingBy(
                                e -> e.getKey().scopeKey(),
                                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
                return byChannel.entrySet().stream()
                        .map(e -> {
                            ChannelId channel = ChannelId.fromKey(e.getKey());
                            return new ChannelTotal(
                                    channel,
                                    channelNames.getOrDefault(channel, channel.value()),
                                    e.getValue().stream().mapToInt(Sums::points).sum(),
                                    e.getValue().size());
                        })
                        .toList();
            }
        }

        @Override
        public int regulars(ChannelId channel, Instant since) {
            synchronized (lock) {
                return (int) answers.values().stream()
                        .filter(answer -> answer.channel().equals(channel)
                                && !answer.answeredAt().isBefore(since)
                                && counts(answer))
                        .map(Answer::player)
                        .distinct()
                        .count();
            }
        }

        @Override
        public void rebuild(TeamId team, ZoneId zone) {
            synchronized (lock) {
                InMemoryStorage.this.rebuild(team, zone);
            }
        }

        @Override
        public void beginRebuild(TeamId team, ZoneId zone) {
            // A rebuild here is one step under the lock: nothing to resume.
        }

        @Override
        public List<TeamId> resumeRebuilds() {
            return List.of(); // a rebuild here is one step under the lock: never cut short
        }

        @Override
        public long version(TeamId team) {
            synchronized (lock) {
                return versions.getOrDefault(team, 0L);
            }
        }
    }

    private final class Decks implements DeckStore {
        @Override
        public StoredDeck load(String deckKey) {
            synchronized (lock) {
                return decks.getOrDefault(deckKey, StoredDeck.empty());
            }
        }

        @Override
        public boolean save(String deckKey, long expectedVersion, List<DeckCard> cards) {
            synchronized (lock) {
                if (load(deckKey).version() != expectedVersion) {
                    return false;
                }
                decks.put(deckKey, new StoredDeck(cards, expectedVersion + 1));
                return true;
            }
        }
    }

    private final class ChannelSettings implements SettingsStore {
        @Override
        public Optional<Duration> roundLength(ChannelId channel) {
            synchronized (lock) {
                return Optional.ofNullable(roundLengths.get(channel));
            }
        }

        @Override
        public void setRoundLength(ChannelId channel, Duration length) {
            synchronized (lock) {
                roundLengths.put(channel, Duration.ofSeconds(length.toSeconds()));
            }
        }

        @Override
        public Optional<Duration> askCooldown(ChannelId channel) {
            synchronized (lock) {
                return Optional.ofNullable(askCooldowns.get(channel));
            }
        }

        @Override
        public void setAskCooldown(ChannelId channel, Duration cooldown) {
            synchronized (lock) {
                askCooldowns.put(channel, Duration.ofSeconds(cooldown.toSeconds()));
            }
        }

        @Override
        public Optional<ZoneId> timeZone(TeamId team) {
            synchronized (lock) {
                return Optional.ofNullable(zones.get(team));
            }
        }

        @Override
        public void setTimeZone(TeamId team, ZoneId zone) {
            synchronized (lock) {
                zones.put(team, zone);
            }
        }
    }

    private final class Names implements Directory {
        @Override
        public void rememberPlayer(Player player) {
            synchronized (lock) {
                playerNames.put(player.id(), player.displayName());
            }
        }

        @Override
        public void rememberChannel(ChannelId channel, String displayName) {
            synchronized (lock) {
                channelNames.put(channel, displayName);
            }
        }

        @Override
        public Map<PlayerId, String> names(Collection<PlayerId> players) {
            synchronized (lock) {
                Map<PlayerId, String> known = new HashMap<>();
                players.stream()
                        .filter(playerNames::containsKey)
                        .forEach(player -> known.put(player, playerNames.get(player)));
                return known;
            }
        }
    }

    private final class Schedules implements ScheduleStore {
        /** The stored error is cut to this many characters, as the JDBC column is. */
        private static final int ERROR_MAX = 500;

        @Override
        public Optional<DailySchedule> find(ChannelId channel) {
            synchronized (lock) {
                return Optional.ofNullable(schedules.get(channel));
            }
        }

        @Override
        public void save(DailySchedule schedule) {
            synchronized (lock) {
                schedules.put(schedule.channel(), schedule);
            }
        }

        @Override
        public List<DailySchedule> enabled() {
            synchronized (lock) {
                return schedules.values().stream()
                        .filter(DailySchedule::enabled)
                        .sorted(Comparator.comparing(
                                schedule -> schedule.channel().key()))
                        .toList();
            }
        }

        @Override
        public DayClaim claim(ChannelId channel, LocalDate date, RoundId round, Instant at, Duration lease) {
            synchronized (lock) {
                DailyClaim key = new DailyClaim(channel, date);
                ClaimState held = claims.get(key);
                if (held == null) {
                    claims.put(key, new ClaimState(round, at, false));
                    return new DayClaim(DayClaim.Status.CLAIMED, round);
                }
                if (!held.settled() && messageRefs.containsKey(held.round())) {
                    held = new ClaimState(held.round(), held.claimedAt(), true);
                    claims.put(key, held);
                }
                if (held.settled()) {
                    return new DayClaim(DayClaim.Status.SETTLED, held.round());
                }
                if (held.claimedAt().plus(lease).isAfter(at)) {
                    return new DayClaim(DayClaim.Status.HELD, held.round());
                }
                claims.put(key, new ClaimState(held.round(), at, false));
                return new DayClaim(DayClaim.Status.TAKEN_OVER, held.round());
            }
        }

        @Override
        public boolean renew(ChannelId channel, LocalDate date, Instant claimedAt, Instant at) {
            return replaceHeld(channel, date, claimedAt, held -> new ClaimState(held.round(), at, false));
        }

        @Override
        public boolean settle(ChannelId channel, LocalDate date, Instant claimedAt, Instant at) {
            return replaceHeld(channel, date, claimedAt, held -> new ClaimState(held.round(), claimedAt, true));
        }

        @Override
        public void release(ChannelId channel, LocalDate date, Instant claimedAt) {
            replaceHeld(channel, date, claimedAt, held -> new ClaimState(held.round(), Instant.MIN, false));
        }

        private boolean replaceHeld(
                ChannelId channel, LocalDate date, Instant claimedAt, UnaryOperator<ClaimState> change) {
            synchronized (lock) {
                DailyClaim key = new DailyClaim(channel, date);
                ClaimState held = claims.get(key);
                if (held == null || !held.heldSince(claimedAt)) {
                    return false;
                }
                claims.put(key, change.apply(held));
                return true;
            }
        }

        @Override
        public void recordError(ChannelId channel, String error, Instant at) {
            synchronized (lock) {
                schedules.computeIfPresent(
                        channel,
                        (key, s) -> new DailySchedule(
                                s.channel(),
                                s.settings(),
                                s.enabled(),
                                s.recap(),
                                Optional.of(error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error),
                                Optional.of(at)));
            }
        }
    }

    private final class Messages implements RoundMessages {
        @Override
        public void attach(RoundId round, String messageRef) {
            synchronized (lock) {
                messageRefs.put(round, messageRef);
            }
        }

        @Override
        public Optional<String> messageRef(RoundId round) {
            synchronized (lock) {
                return Optional.ofNullable(messageRefs.get(round));
            }
        }
    }

    private final class Deliveries implements DeliveryLog {
        @Override
        public boolean first(String deliveryId, Instant at) {
            DeliveryLog.checked(deliveryId);
            synchronized (lock) {
                Instant forgetBefore = at.minus(RETENTION);
                deliveries.values().removeIf(seen -> !seen.isAfter(forgetBefore));
                return deliveries.putIfAbsent(deliveryId, at) == null;
            }
        }

        @Override
        public void forget(String deliveryId) {
            synchronized (lock) {
                deliveries.remove(deliveryId);
            }
        }
    }

    private final class Installed implements Installations {
        @Override
        public void save(Installation installation) {
            synchronized (lock) {
                installed.put(installation.team(), installation);
            }
        }

        @Override
        public Optional<Installation> find(TeamId team) {
            synchronized (lock) {
                return Optional.ofNullable(installed.get(team));
            }
        }

        @Override
        public void remove(TeamId team) {
            synchronized (lock) {
                installed.remove(team);
            }
        }

        @Override
        public int count() {
            synchronized (lock) {
                return installed.size();
            }
        }
    }

    private final class States implements OAuthStates {
        @Override
        public void issue(String state, Instant issuedAt) {
            OAuthStates.checked(state);
            synchronized (lock) {
                oauthStates.values().removeIf(expiry -> !expiry.isAfter(issuedAt));
                oauthStates.put(state, issuedAt.plus(LIFETIME));
            }
        }

        @Override
        public boolean take(String state, Instant at) {
            OAuthStates.checked(state);
            synchronized (lock) {
                Instant expiry = oauthStates.remove(state);
                return expiry != null && expiry.isAfter(at);
            }
        }
    }
}
