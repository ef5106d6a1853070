package dev.mlquiz.core.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The FSRS-6 spaced-repetition scheduler (open-spaced-repetition: the formulas of py-fsrs's
 * {@code Scheduler.review_card}, and ts-fsrs with short-term scheduling on). No maintained Java artefact
 * of it resolves from the repository this project builds from, so it is here, checked against the
 * reference implementations' test vectors ({@code FsrsTest}).
 *
 * <p>A card is learned in short steps (1 and 10 minutes), then reviewed at intervals of whole days
 * chosen so that the chance of recall has fallen to the desired retention (90 %) when it comes due; a
 * lapse sends it back through a relearning step (10 minutes). Rounding is half-to-even, as Python's
 * {@code round}, so that intervals match the reference to the day.
 */
public final class Fsrs {
    /** FSRS-6's published default weights (the fsrs-benchmark's, and ts-fsrs's FSRS-6 tests'). */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112, 1.0178, 1.849, 0.1133, 0.3127,
            2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2);

    public static final double DEFAULT_RETENTION = 0.9;
    public static final List<Duration> LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    public static final List<Duration> RELEARNING_STEPS = List.of(Duration.ofMinutes(10));
    public static final int MAXIMUM_INTERVAL_DAYS = 36_500;

    private static final double STABILITY_MIN = 0.001;
    private static final double DIFFICULTY_MIN = 1.0;
    private static final double DIFFICULTY_MAX = 10.0;

    private final double[] w;
    private final double retention;
    private final Optional<RandomGenerator> fuzz;
    private final double decay;
    private final double factor;

    /**
     * @param fuzz spreads review intervals a little (a card due in 50 days may come in 49 or 51), so cards
     *     learned together do not stay bunched; empty for exact intervals
     */
    public Fsrs(List<Double> weights, double retention, Optional<RandomGenerator> fuzz) {
        if (weights.size() != DEFAULT_WEIGHTS.size()) {
            throw new IllegalArgumentException("FSRS-6 takes 21 weights, not " + weights.size());
        }
        if (!(retention > 0 && retention < 1)) {
            throw new IllegalArgumentException("the desired retention is a share between 0 and 1, not " + retention);
        }
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.retention = retention;
        this.fuzz = Objects.requireNonNull(fuzz, "fuzz");
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The defaults, fuzzed by {@code random}. */
    public static Fsrs withDefaults(RandomGenerator random) {
        return new Fsrs(DEFAULT_WEIGHTS, DEFAULT_RETENTION, Optional.of(random));
    }

    /** The card after a review rated {@code rating} at {@code now}. */
    public MemoryCard review(MemoryCard card, Rating rating, Instant now) {
        Optional<Long> daysSince =
                card.lastReview().map(last -> Duration.between(last, now).toDays());
        boolean sameDay = daysSince.map(days -> days < 1).orElse(false);
        double stability;
        double difficulty;
        if (card.stability().isEmpty()) {
            stability = initialStability(rating);
            difficulty = clampDifficulty(initialDifficulty(rating));
        } else {
            double s = card.stability().get();
            double d = card.difficulty().orElseThrow();
            stability = sameDay
                    ? shortTermStability(s, rating)
                    : nextStability(d, s, retrievability(s, daysSince.orElseThrow()), rating);
            difficulty = nextDifficulty(d, rating);
        }
        Next next =
                switch (card.state()) {
                    case LEARNING -> stepped(LEARNING_STEPS, card.step().orElseThrow(), rating, MemoryState.LEARNING);
                    case RELEARNING -> stepped(
                            RELEARNING_STEPS, card.step().orElseThrow(), rating, MemoryState.RELEARNING);
                    case REVIEW -> rating == Rating.AGAIN
                            ? new Next(MemoryState.RELEARNING, Optional.of(0), RELEARNING_STEPS.get(0))
                            : Next.review();
                };
        Duration interval = next.state() == MemoryState.REVIEW ? Duration.ofDays(reviewDays(stability)) : next.delay();
        return new MemoryCard(
                next.state(),
                next.step(),
                Optional.of(stability),
                Optional.of(difficulty),
                now.plus(interval),
                Optional.of(now));
    }

    /** The chance of recalling a card of {@code stability} after {@code elapsedDays}. */
    double retrievability(double stability, long elapsedDays) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, decay);
    }

    /** What comes after a review: the state, the step and, while (re)learned, the delay until due. */
    private record Next(MemoryState state, Optional<Integer> step, Duration delay) {
        static Next review() {
            return new Next(MemoryState.REVIEW, Optional.empty(), Duration.ZERO);
        }
    }

    private static Next stepped(List<Duration> steps, int step, Rating rating, MemoryState state) {
        if (step >= steps.size() && rating != Rating.AGAIN) {
            return Next.review(); // scheduled under more steps than there are now
        }
        return switch (rating) {
            case AGAIN -> new Next(state, Optional.of(0), steps.get(0));
            case HARD -> new Next(state, Optional.of(step), hardWait(steps, step));
            case GOOD -> step + 1 == steps.size()
                    ? Next.review()
                    : new Next(state, Optional.of(step + 1), steps.get(step + 1));
            case EASY -> Next.review();
        };
    }

    private static Duration hardWait(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return steps.get(0).multipliedBy(3).dividedBy(2);
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    /** Whole days until recall has fallen to the desired retention, fuzzed if asked. */
    private long reviewDays(double stability) {
        double days = stability / factor * (Math.pow(retention, 1 / decay) - 1);
        long interval = Math.min(Math.max((long) Math.rint(days), 1), MAXIMUM_INTERVAL_DAYS);
        return fuzz.map(random -> fuzzed(interval, random)).orElse(interval);
    }

    private static long fuzzed(long days, RandomGenerator random) {
        if (days < 2.5) {
            return days;
        }
        double delta = 1.0
                + 0.15 * Math.max(Math.min(days, 7.0) - 2.5, 0)
                + 0.10 * Math.max(Math.min(days, 20.0) - 7.0, 0)
                + 0.05 * Math.max(days - 20.0, 0);
        long max = Math.min((long) Math.rint(days + delta), MAXIMUM_INTERVAL_DAYS);
        long min = Math.min(Math.max(2, (long) Math.rint(days - delta)), max);
        // As the reference draws: uniform over [min, max + 1), rounded.
        double drawn = random.nextDouble() * (max - min + 1) + min;
        return Math.min((long) Math.rint(drawn), MAXIMUM_INTERVAL_DAYS);
    }

    private double initialStability(Rating rating) {
        return Math.max(w[rating.grade() - 1], STABILITY_MIN);
    }

    private double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    private double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        return clampDifficulty(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(stability * increase, STABILITY_MIN);
    }

    private double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next = rating == Rating.AGAIN
                ? Math.min(
                        w[11]
                                * Math.pow(difficulty, -w[12])
                                * (Math.pow(stability + 1, w[13]) - 1)
                                * Math.exp((1 - retrievability) * w[14]),
                        stability / Math.exp(w[17] * w[18]))
                : stability
                        * (1
                                + Math.exp(w[8])
                                        * (11 - difficulty)
                                        * Math.pow(stability, -w[9])
                                        * (Math.exp((1 - retrievability) * w[10]) - 1)
                                        * (rating == Rating.HARD ? w[15] : 1)
                                        * (rating == Rating.EASY ? w[16] : 1));
        return Math.max(next, STABILITY_MIN);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, DIFFICULTY_MIN), DIFFICULTY_MAX);
    }
}
