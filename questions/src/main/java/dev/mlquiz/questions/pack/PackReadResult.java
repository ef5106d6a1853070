package dev.mlquiz.questions.pack;

import dev.mlquiz.questions.Pack;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What reading one pack file gave: the pack, or every reason it was rejected. */
public sealed interface PackReadResult permits PackReadResult.Loaded, PackReadResult.Rejected {

    /** {@code questionLines} maps each question id to the line it starts on, for cross-pack messages. */
    record Loaded(Pack pack, Map<String, Integer> questionLines) implements PackReadResult {
        public Loaded {
            Objects.requireNonNull(pack, "pack");
            questionLines = Map.copyOf(questionLines);
        }

        public int lineOf(String questionId) {
            return questionLines.getOrDefault(questionId, 0);
        }
    }

    record Rejected(String file, List<PackProblem> problems) implements PackReadResult {
        public Rejected {
            Objects.requireNonNull(file, "file");
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected pack needs at least one problem");
            }
        }
    }
}
