package dev.mlquiz.questions.pack;

import dev.mlquiz.questions.Pack;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What reading one pack file gave: the pack, or every reason it was rejected. */
public sealed interface PackReadResult permits PackReadResult.Loaded, PackReadResult.Rejected {

    /** Whether some pack declares a topic is known only for the whole bank, which checks it from these. */
    TopicUse topicUse();

    /** A question's {@code topic}: {@code question} is its id, or "#3" when it has none. */
    record TopicReference(String question, String topicId, int line) {
        public TopicReference {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(topicId, "topicId");
        }
    }

    /**
     * The topics a pack declares and those its questions name, kept even when the pack is rejected so
     * an unknown topic is reported with its other problems; {@code packId} is empty when it was invalid.
     */
    record TopicUse(String packId, List<String> declared, List<TopicReference> references) {
        public static final TopicUse NONE = new TopicUse("", List.of(), List.of());

        public TopicUse {
            Objects.requireNonNull(packId, "packId");
            declared = List.copyOf(declared);
            references = List.copyOf(references);
        }
    }

    /**
     * The lines cross-pack messages point at: {@code questionLines} maps each question id to the line it
     * starts on, {@code topicLines} each declared topic id to its declaration.
     */
    record Loaded(Pack pack, Map<String, Integer> questionLines, Map<String, Integer> topicLines, TopicUse topicUse)
            implements PackReadResult {
        public Loaded {
            Objects.requireNonNull(pack, "pack");
            questionLines = Map.copyOf(questionLines);
            topicLines = Map.copyOf(topicLines);
            Objects.requireNonNull(topicUse, "topicUse");
        }

        public int lineOf(String questionId) {
            return questionLines.getOrDefault(questionId, 0);
        }

        public int lineOfTopic(String topicId) {
            return topicLines.getOrDefault(topicId, 0);
        }
    }

    record Rejected(String file, List<PackProblem> problems, TopicUse topicUse) implements PackReadResult {
        public Rejected {
            Objects.requireNonNull(file, "file");
            problems = List.copyOf(problems);
            Objects.requireNonNull(topicUse, "topicUse");
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected pack needs at least one problem");
            }
        }

        /** A pack too broken to say which topics it uses. */
        public Rejected(String file, List<PackProblem> problems) {
            this(file, problems, TopicUse.NONE);
        }
    }
}
