package dev.mlquiz.core.score;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.Topics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A player's personal record, computed from their answers (practice included; points from ranked rounds). */
public record PlayerStats(
        int answered,
        int correct,
        int points,
        int currentStreak,
        int bestStreak,
        List<TopicScore> topics,
        DailyStreak daily) {

    /**
     * Consecutive questions of the day answered right, over the daily questions of the channels the
     * player takes part in: a wrong answer or a missed question breaks it; a question not yet revealed
     * (open, or due but not closed yet) does not, whatever was answered to it.
     */
    public record DailyStreak(int current, int best) {
        public static final DailyStreak NONE = new DailyStreak(0, 0);

        /** {@code dailyRounds} oldest first; {@code correctness}: the player's revealed answers, by round. */
        public static DailyStreak of(List<Round> dailyRounds, Map<RoundId, Boolean> correctness) {
            int run = 0;
            int best = 0;
            for (Round round : dailyRounds) {
                if (round.closedAt().isEmpty()) {
                    continue;
                }
                run = Boolean.TRUE.equals(correctness.get(round.id())) ? run + 1 : 0;
                best = Math.max(best, run);
            }
            return new DailyStreak(run, best);
        }

        /**
         * The current streak alone, counted back from the newest of the player's results on revealed
         * questions of the day (right, wrong, or not answered). {@code complete} is false when every
         * given result continues it, so older ones may continue it too.
         */
        public static CurrentRun current(List<Optional<Boolean>> newestFirst) {
            int run = 0;
            for (Optional<Boolean> result : newestFirst) {
                if (!result.orElse(false)) {
                    return new CurrentRun(run, true);
                }
                run++;
            }
            return new CurrentRun(run, false);
        }
    }

    /** See {@link DailyStreak#current}. */
    public record CurrentRun(int run, boolean complete) {}

    /** A topic counts as weak only after this many answers, so one unlucky click does not label it. */
    public static final int WEAK_TOPIC_MIN_ANSWERS = 3;

    public static final int WEAKEST_SHOWN = 3;

    public record TopicScore(Topic topic, int answered, int correct) {
        public double accuracy() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }

    public PlayerStats {
        topics = List.copyOf(topics);
        Objects.requireNonNull(daily, "daily");
    }

    /**
     * {@code history} must be oldest first; the daily streak comes from {@link DailyStreak#of}. Topics are
     * listed in the bank's order; one no pack declares any more still counts, after them.
     */
    public static PlayerStats of(List<Answer> history, DailyStreak daily, Topics bankTopics) {
        int correct = 0;
        int points = 0;
        int run = 0;
        int best = 0;
        Map<String, int[]> byTopic = new TreeMap<>(bankTopics.declaredOrder());
        for (Answer answer : history) {
            int[] topic = byTopic.computeIfAbsent(answer.topicId(), t -> new int[2]);
            topic[0]++;
            if (answer.correct()) {
                correct++;
                topic[1]++;
                run++;
                best = Math.max(best, run);
            } else {
                run = 0;
            }
            points += answer.points();
        }
        List<TopicScore> topics = new ArrayList<>();
        byTopic.forEach(
                (topic, counts) -> topics.add(new TopicScore(bankTopics.displayed(topic), counts[0], counts[1])));
        return new PlayerStats(history.size(), correct, points, run, best, topics, daily);
    }

    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }

    /** Topics with enough answers and below-perfect accuracy, weakest first (ties in the bank's order). */
    public List<TopicScore> weakest() {
        return topics.stream()
                .filter(t -> t.answered() >= WEAK_TOPIC_MIN_ANSWERS && t.correct() < t.answered())
                .sorted(Comparator.comparingDouble(TopicScore::accuracy))
                .limit(WEAKEST_SHOWN)
                .collect(Collectors.toList());
    }
}
