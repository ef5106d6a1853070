package dev.mlquiz.core.testing;

import dev.mlquiz.questions.bank.PackFile;
import dev.mlquiz.questions.bank.QuestionBank;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Small banks with known questions, so tests can reason about every draw. */
public final class TestBanks {
    /** The bundled packs' topics, declared as a pack of the test bank, so questions may use any of them. */
    static final String TOPICS =
            """
            topics:
              - {id: core-concepts, title: Core ML concepts}
              - {id: deep-learning, title: Deep learning}
              - {id: llms-nlp, title: LLMs & NLP}
              - {id: evaluation-statistics, title: Evaluation & statistics}
              - {id: mlops-production, title: MLOps & production}
              - {id: responsible-ai, title: Responsible AI}
              - {id: system-design, title: ML system design}
              - {id: interview-craft, title: Interview craft}
            """;

    private TestBanks() {}

    /** Questions q1..qN; topics and levels cycle through the lists given. */
    public static QuestionBank of(int count, List<String> topics, List<String> levels) {
        String questions = IntStream.rangeClosed(1, count)
                .mapToObj(i ->
                        """
                          - id: q%d
                            topic: %s
                            difficulty: %s
                            prompt: Question number %d?
                            answer: Right %d
                            distractors: [Wrong %d a, Wrong %d b, Wrong %d c]
                            explanation: Because %d.
                            tip: Remember %d.
                            sources: [tests]
                        """
                                .formatted(
                                        i,
                                        topics.get((i - 1) % topics.size()),
                                        levels.get((i - 1) % levels.size()),
                                        i,
                                        i,
                                        i,
                                        i,
                                        i,
                                        i,
                                        i))
                .collect(Collectors.joining());
        QuestionBank bank = QuestionBank.of(
                List.of(new PackFile("test.yaml", "id: test\ntitle: Test\n" + TOPICS + "questions:\n" + questions)));
        if (!bank.problems().isEmpty()) {
            throw new AssertionError(bank.problems());
        }
        return bank;
    }

    public static QuestionBank beginner(int count) {
        return of(count, List.of("core-concepts"), List.of("beginner"));
    }
}
