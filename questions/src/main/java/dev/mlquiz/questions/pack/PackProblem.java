package dev.mlquiz.questions.pack;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a pack, precise enough to fix without opening a debugger: the file, the line
 * (1-based, 0 when the whole file is concerned), the question when there is one, and what is wrong.
 */
public record PackProblem(String file, int line, Optional<String> questionId, String message) {
    public PackProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line " + line);
        }
    }

    /** {@code packs/core.yaml:42: question 'dropout': needs exactly 3 distractors, found 2}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return questionId
                .map(id -> where + ": question '" + id + "': " + message)
                .orElse(where + ": " + message);
    }
}
