package dev.mlquiz.app.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.questions.bank.PackFile;
import dev.mlquiz.questions.bank.QuestionBank;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankCommandTest {
    static String question(String id, String topic, String level, String prompt, String answer, String source) {
        return """
                  - id: %s
                    topic: %s
                    difficulty: %s
                    prompt: %s
                    answer: %s
                    distractors: [Wrong one %s, Wrong two %s, Wrong three %s]
                    explanation: Because.
                    sources: ["%s"]
                """
                .formatted(id, topic, level, prompt, answer, id, id, id, source);
    }

    static final String TEAM =
            """
            id: team
            title: Team
            sources:
              - {id: wiki, title: Team wiki}
            topics:
              - {id: computer-vision, title: Computer vision}
              - {id: our-stack, title: Our stack}
            questions:
            """
                    + question(
                            "cv-1",
                            "computer-vision",
                            "beginner",
                            "What is a convolution?",
                            "A sliding dot product",
                            "wiki#1")
                    + question("cv-2", "computer-vision", "advanced", "What is a convolution?", "Ok", "wiki#2")
                    + question("cv-3", "computer-vision", "advanced", "What does pooling do?", "Ok", "wiki#4")
                    + question("stack-1", "our-stack", "intermediate", "Where do features live?", "Ok", "wiki#5");

    @Test
    void prints_the_topics_by_level_and_the_banks_figures() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QuestionBank bank = QuestionBank.of(List.of(new PackFile("team.yaml", TEAM)));

        int exitCode = new BankCommand(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(bank);

        assertThat(exitCode).isZero();
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "mlquiz question bank: 4 questions in 1 pack",
                        "",
                        "topic            title            beginner  intermediate  advanced   total   share",
                        "computer-vision  Computer vision         1             0         2       3   75.0%",
                        "our-stack        Our stack               0             1         0       1   25.0%",
                        "total                                    1             1         2       4  100.0%",
                        "",
                        "key is the longest option: 1 of 4 questions (25.0%)",
                        "repeated prompts: 1",
                        "  \"What is a convolution?\": cv-1, cv-2",
                        "repeated options: 1",
                        "  \"Ok\": cv-2, cv-3, stack-1",
                        "cited source entries:",
                        "  wiki Team wiki: 4 entries (1-2, 4-5)",
                        ""));
    }
}
