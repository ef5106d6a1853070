package dev.mlquiz.core.quiz;

import dev.mlquiz.core.daily.ScheduleStore;
import dev.mlquiz.core.identity.ChannelId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel's question of the day for one local date, while this process holds its claim. Every step is
 * conditional on the claim still being this process's (named by the instant it was claimed or last renewed
 * at), so a process that lost it (its lease ran out during a slow post, or a clock ran ahead elsewhere)
 * neither posts nor settles. Not thread-safe: one scheduler tick carries it.
 */
final class ClaimedDay {
    private static final Logger log = LoggerFactory.getLogger(ClaimedDay.class);

    private final ScheduleStore schedules;
    private final StoredClock clock;
    private final ChannelId channel;
    private final LocalDate date;
    private Instant claimedAt;
    private boolean posting;

    ClaimedDay(ScheduleStore schedules, StoredClock clock, ChannelId channel, LocalDate date, Instant claimedAt) {
        this.schedules = schedules;
        this.clock = clock;
        this.channel = channel;
        this.date = date;
        this.claimedAt = claimedAt;
    }

    /**
     * Whether the claim is still this process's, which then posts with a whole lease ahead: the time spent
     * opening the round does not eat into the post's.
     */
    boolean renewForPosting() {
        Instant now = clock.now();
        // Never earlier than the claim: a later claimant's instant is always after every earlier one's.
        Instant renewedAt = now.isBefore(claimedAt) ? claimedAt : now;
        if (!schedules.renew(channel, date, claimedAt, renewedAt)) {
            log.warn("the question of the day for {} on {} was taken over before it was posted", channel.key(), date);
            return false;
        }
        claimedAt = renewedAt;
        posting = true;
        return true;
    }

    /** The day is done with: its question posted, or the failure to post it reported. */
    void settle() {
        if (!schedules.settle(channel, date, claimedAt, clock.now())) {
            log.warn("the question of the day for {} on {} was settled by another process", channel.key(), date);
        }
    }

    /**
     * The post was refused for now (a rate limit) and certainly reached no channel: the claim is released,
     * its round left open, so a later tick takes it over and posts that round.
     */
    void notPosted() {
        release()
                .ifPresent(e -> log.warn(
                        "the claim on the question of the day for {} on {} could not be released: {}",
                        channel.key(),
                        date,
                        e.toString()));
    }

    /**
     * Something failed while the claim was held. Before the post the claim is released, so the next tick
     * (of this process or another) tries again at once. Once the post was under way it may have reached the
     * channel: the claim then stays until its lease runs out, and the process taking it over finds the
     * round's message, if it was recorded, and settles the day instead of posting it again.
     */
    void failed(RuntimeException failure) {
        if (!posting) {
            release().ifPresent(failure::addSuppressed);
        }
    }

    /** Releases the claim; the failure to, if it failed. */
    private Optional<RuntimeException> release() {
        try {
            schedules.release(channel, date, claimedAt);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }
}
