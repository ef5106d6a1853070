package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.daily.DailySchedule;
import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.daily.DailyTimes;
import dev.mlquiz.core.daily.DayClaim;
import dev.mlquiz.core.daily.ScheduleStore;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.Wording;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question of the day: per-channel schedules, posting each day's question exactly once (claimed in
 * the database, so a restart or a second process never posts twice; a claim left by a process that died
 * before posting is taken over after its lease, one whose question's message is known is not posted again,
 * and one given up after a failure is tried again at the next tick), the weekly recap, and the
 * {@code /mlquiz qotd} commands. Platforms only post and edit, through {@link Announcer}.
 */
final class DailyQuestions {
    /**
     * How long a claimed day may go unsettled (from its claim, then from the renewal just before its post)
     * before another process takes it over: longer than any post takes, since a process still posting after
     * it would post the day twice.
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(DailyQuestions.class);
    /** A schedule's last problem is stored as words, in English, for the status that shows it later. */
    private static final Catalog ENGLISH = Catalog.english();

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final QuestionPool pool;
    private final RoundOpener opener;
    private final RoundCards cards;
    private final Closing closing;
    private final StoredClock clock;
    private final ScheduleStore schedules;
    private final Settings settings;
    private final RoundStore rounds;
    private final WeeklyRecaps recaps;
    private final Announcer announcer;
    /**
     * Each enabled channel's day this process knows is settled (posted, or its failure reported), so a due
     * schedule is not claimed in the database every tick. Only the latest day can still be due, and channels no
     * longer enabled are dropped, so it does not grow with time; the database claim alone decides.
     */
    private final Map<ChannelId, LocalDate> doneWith = new ConcurrentHashMap<>();

    DailyQuestions(
            QuestionPool pool,
            RoundOpener opener,
            RoundCards cards,
            Closing closing,
            StoredClock clock,
            ScheduleStore schedules,
            Settings settings,
            RoundStore rounds,
            WeeklyRecaps recaps,
            Announcer announcer) {
        this.pool = pool;
        this.opener = opener;
        this.cards = cards;
        this.closing = closing;
        this.clock = clock;
        this.schedules = schedules;
        this.settings = settings;
        this.rounds = rounds;
        this.recaps = recaps;
        this.announcer = announcer;
    }

    /** Turns the channel's question of the day on, or changes its settings; the caller checked admin rights. */
    Reply turnOn(Invocation who, DailySettings wanted) {
        if (who.cannotPost().isPresent()) {
            return Reply.privately(Notice.error(Text.literal(who.cannotPost().get())));
        }
        int questions = pool.eligible(filter(wanted), who.channel().team()).size();
        if (questions == 0) {
            return Reply.privately(pool.noQuestions(filter(wanted)));
        }
        schedules.save(current(who.channel()).withSettings(wanted, true));
        Text status = status(who.channel());
        return Reply.privately(Notice.info(QuestionPool.thinPoolNote(filter(wanted), questions)
                .map(note -> Phrases.sentences(status, note))
                .orElse(status)));
    }

    Reply turnOff(Invocation who) {
        DailySchedule current = current(who.channel());
        schedules.save(current.withSettings(current.settings(), false));
        return Reply.privately(Notice.info(status(who.channel())));
    }

    Reply setRecap(Invocation who, boolean on) {
        schedules.save(current(who.channel()).withRecap(on));
        return Reply.privately(Notice.info(status(who.channel())));
    }

    private DailySchedule current(ChannelId channel) {
        return schedules
                .find(channel)
                .orElseGet(() -> new DailySchedule(
                        channel, DailySettings.defaults(), false, false, Optional.empty(), Optional.empty()));
    }

    Text status(ChannelId channel) {
        Optional<DailySchedule> found = schedules.find(channel);
        if (found.isEmpty() || !found.get().enabled()) {
            Text off = Text.of(Msg.QOTD_OFF_STATUS);
            return found.map(DailySchedule::recap).orElse(false)
                    ? Phrases.sentences(off, Text.of(Msg.QOTD_RECAP_IS_ON))
                    : off;
        }
        DailySchedule schedule = found.get();
        DailySettings s = schedule.settings();
        DailyTimes times = times(schedule);
        Text on = Text.of(
                Msg.QOTD_ON_STATUS,
                s.days().description(),
                s.time().toString(),
                Wording.zone(times.zone()),
                filter(s).description(),
                s.openFor()
                        .map(d -> Text.of(Msg.QOTD_OPEN_FOR, Phrases.duration(d)))
                        .orElse(Text.of(Msg.QOTD_OPEN_UNTIL, Phrases.duration(DailyTimes.MARGIN))),
                WHEN.format(times.nextPost(clock.now()).atZone(times.zone())),
                Text.of(schedule.recap() ? Msg.ON : Msg.OFF));
        return schedule.lastError()
                .map(error -> Phrases.sentences(
                        on,
                        schedule.lastErrorAt()
                                .map(at ->
                                        Text.of(Msg.QOTD_LAST_PROBLEM_AT, WHEN.format(at.atZone(times.zone())), error))
                                .orElse(Text.of(Msg.QOTD_LAST_PROBLEM, error))))
                .orElse(on);
    }

    List<RoundId> postDue(Predicate<TeamId> served) {
        List<RoundId> posted = new ArrayList<>();
        List<DailySchedule> enabled = schedules.enabled().stream()
                .filter(schedule -> served.test(schedule.channel().team()))
                .collect(Collectors.toList());
        doneWith.keySet().retainAll(enabled.stream().map(DailySchedule::channel).collect(Collectors.toSet()));
        for (DailySchedule schedule : enabled) {
            try {
                postIfDue(schedule).ifPresent(posted::add);
            } catch (RuntimeException e) {
                // One channel's failure (a removed pack, a storage hiccup) must not stop the others.
                log.error(
                        "question of the day for {} failed", schedule.channel().key(), e);
                schedules.recordError(
                        schedule.channel(),
                        ENGLISH.resolve(Msg.QOTD_ERROR_INTERNAL, String.valueOf(e.getMessage())),
                        clock.now());
            }
        }
        return posted;
    }

    private Optional<RoundId> postIfDue(DailySchedule schedule) {
        Instant now = clock.now();
        DailyTimes times = times(schedule);
        Optional<LocalDate> due = times.due(now);
        ChannelId channel = schedule.channel();
        if (due.isEmpty() || due.get().equals(doneWith.get(channel))) {
            return Optional.empty();
        }
        LocalDate date = due.get();
        Set<String> eligible = pool.eligible(filter(schedule.settings()), channel.team());
        if (eligible.isEmpty()) {
            doneWith.put(channel, date);
            schedules.recordError(
                    channel,
                    ENGLISH.resolve(
                            pool.noQuestions(filter(schedule.settings())).message()),
                    now);
            return Optional.empty();
        }
        DayClaim claim = schedules.claim(channel, date, opener.nextRoundId(now), now, CLAIM_LEASE);
        if (claim.status() == DayClaim.Status.SETTLED) {
            doneWith.put(channel, date);
        }
        if (!claim.won()) {
            // A claim held by another process is looked at again next tick: it may be left to take over.
            return Optional.empty();
        }
        ClaimedDay claimed = new ClaimedDay(schedules, clock, channel, date, now);
        try {
            return postClaimed(schedule, times, date, claim, eligible, claimed);
        } catch (RuntimeException e) {
            // The day is not done with: the next tick looks at its claim again.
            claimed.failed(e);
            throw e;
        }
    }

    /** Posts the claimed day's question; the day is done with unless the claim was lost meanwhile. */
    private Optional<RoundId> postClaimed(
            DailySchedule schedule,
            DailyTimes times,
            LocalDate date,
            DayClaim claim,
            Set<String> eligible,
            ClaimedDay claimed) {
        ChannelId channel = schedule.channel();
        Instant now = clock.now();
        Optional<Round> round = claimedRound(claim, eligible, channel, times.closesAt(date, now));
        if (round.isEmpty()) {
            claimed.settle();
            doneWith.put(channel, date);
            return Optional.empty();
        }
        Optional<RecapView> recap = schedule.recap() && times.firstOfWeek(date)
                ? Optional.of(recaps.of(channel, date, times.zone()))
                        .filter(r -> r.players() > 0 || r.dailyQuestions() > 0)
                : Optional.empty();
        QuestionCard card = cards.card(round.get(), 0);
        if (!claimed.renewForPosting()) {
            return Optional.empty();
        }
        Announcer.PostResult result = announcer.postDailyQuestion(channel, recap, card);
        if (result instanceof Announcer.PostResult.Failed failed) {
            schedules.recordError(channel, ENGLISH.resolve(Msg.QOTD_ERROR_POSTING, failed.reason()), now);
            if (failed.retryAfter().isPresent()) {
                claimed.notPosted(); // refused for now: a later tick posts the same round
                return Optional.empty();
            }
            closing.withdraw(round.get());
        }
        claimed.settle();
        doneWith.put(channel, date);
        return result instanceof Announcer.PostResult.Posted ? Optional.of(claim.round()) : Optional.empty();
    }

    /**
     * The round to post: a fresh one for a new claim. A claim taken over keeps its round, opened now unless
     * the process that died had opened it; one already closed (withdrawn, or its time ran out) is not posted.
     */
    private Optional<Round> claimedRound(DayClaim claim, Set<String> eligible, ChannelId channel, Instant closesAt) {
        if (claim.status() == DayClaim.Status.TAKEN_OVER) {
            Optional<Round> opened = rounds.find(claim.round());
            if (opened.isPresent()) {
                return opened.filter(r -> r.closedAt().isEmpty());
            }
        }
        return Optional.of(opener.open(new RoundOpener.Request(
                        RoundOpener.channelDeck(channel),
                        eligible,
                        RoundKind.DAILY,
                        channel,
                        Optional.empty(),
                        claim.round(),
                        closesAt,
                        Optional.empty()))
                .round());
    }

    private DailyTimes times(DailySchedule schedule) {
        return new DailyTimes(
                schedule.settings(), settings.timeZone(schedule.channel().team()));
    }

    private static Filter filter(DailySettings settings) {
        return new Filter(settings.topicId(), settings.level());
    }
}
