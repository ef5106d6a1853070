package dev.mlquiz.core.score;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.questions.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A player's personal record, computed from their answers (practice included; points from ranked rounds). */
public record PlayerStats(
        int answered, int correct, int points, int currentStreak, int bestStreak, List<TopicScore> topics) {

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
    }

    /** {@code history} must be oldest first. */
    public static PlayerStats of(List<Answer> history) {
        int correct = 0;
        int points = 0;
        int run = 0;
        int best = 0;
        Map<Topic, int[]> byTopic = new EnumMap<>(Topic.class);
        for (Answer answer : history) {
            int[] topic = byTopic.computeIfAbsent(answer.topic(), t -> new int[2]);
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
        byTopic.forEach((topic, counts) -> topics.add(new TopicScore(topic, counts[0], counts[1])));
        return new PlayerStats(history.size(), correct, points, run, best, topics);
    }

    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }

    /** Topics with enough answers and below-perfect accuracy, weakest first. */
    public List<TopicScore> weakest() {
        return topics.stream()
                .filter(t -> t.answered() >= WEAK_TOPIC_MIN_ANSWERS && t.correct() < t.answered())
                .sorted(Comparator.comparingDouble(TopicScore::accuracy).thenComparing(TopicScore::topic))
                .limit(WEAKEST_SHOWN)
                .collect(Collectors.toList());
    }
}
