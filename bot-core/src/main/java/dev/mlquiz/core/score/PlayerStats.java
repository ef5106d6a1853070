package dev.mlquiz.core.score;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.Topics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
        List<LevelScore> levels,
        Optional<WeakSpot> weakSpot,
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

        /** "LLMs & NLP: 3/4 (75%)". */
        public Text line() {
            return scoreLine(topic.title(), correct, answered, accuracy());
        }
    }

    /** Answers at one difficulty level, across topics. */
    public record LevelScore(Difficulty level, int answered, int correct) {
        public double accuracy() {
            return answered == 0 ? 0 : (double) correct / answered;
        }

        /** "advanced: 1/5 (20%)". */
        public Text line() {
            return scoreLine(level.id(), correct, answered, accuracy());
        }
    }

    private static Text scoreLine(String name, int correct, int answered, double accuracy) {
        return Text.of(Msg.STATS_SCORE_LINE, name, correct, answered, Phrases.percent(accuracy));
    }

    /** A (topic, level) pair counts as the weak spot only after this many answers in it. */
    public static final int WEAK_SPOT_MIN_ANSWERS = 5;

    /** The (topic, level) pair answered least accurately, to practise next. */
    public record WeakSpot(Topic topic, Difficulty level, int answered, int correct) {
        public double accuracy() {
            return (double) correct / answered;
        }

        /** What to say of it, with the practice command that works on it. */
        public Text advice() {
            return Text.of(Msg.STATS_WEAK_SPOT, topic.title(), level.id(), correct, answered, topic.id());
        }
    }

    public PlayerStats {
        topics = List.copyOf(topics);
        levels = List.copyOf(levels);
        Objects.requireNonNull(weakSpot, "weakSpot");
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
        Map<Difficulty, int[]> byLevel = new EnumMap<>(Difficulty.class);
        Map<String, Map<Difficulty, int[]>> byPair = new TreeMap<>(bankTopics.declaredOrder());
        for (Answer answer : history) {
            int[] topic = byTopic.computeIfAbsent(answer.topicId(), t -> new int[2]);
            int[] level = byLevel.computeIfAbsent(answer.difficulty(), l -> new int[2]);
            int[] pair = byPair.computeIfAbsent(answer.topicId(), t -> new EnumMap<>(Difficulty.class))
                    .computeIfAbsent(answer.difficulty(), l -> new int[2]);
            topic[0]++;
            level[0]++;
            pair[0]++;
            if (answer.correct()) {
                correct++;
                topic[1]++;
                level[1]++;
                pair[1]++;
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
        List<LevelScore> levels = new ArrayList<>();
        byLevel.forEach((level, counts) -> levels.add(new LevelScore(level, counts[0], counts[1])));
        return new PlayerStats(
                history.size(), correct, points, run, best, topics, levels, weakSpot(byPair, bankTopics), daily);
    }

    /**
     * The pair with enough answers and the lowest accuracy below perfect; ties go to the bank's topic order,
     * then to the easier level.
     */
    private static Optional<WeakSpot> weakSpot(Map<String, Map<Difficulty, int[]>> byPair, Topics bankTopics) {
        List<WeakSpot> candidates = new ArrayList<>();
        byPair.forEach((topic, levels) -> levels.forEach((level, counts) -> {
            if (counts[0] >= WEAK_SPOT_MIN_ANSWERS && counts[1] < counts[0]) {
                candidates.add(new WeakSpot(bankTopics.displayed(topic), level, counts[0], counts[1]));
            }
        }));
        return candidates.stream().min(Comparator.comparingDouble(WeakSpot::accuracy));
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
