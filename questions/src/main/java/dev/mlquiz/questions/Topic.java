package dev.mlquiz.questions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fixed set of topics every question belongs to; team packs use the same ids. */
public enum Topic {
    CORE_CONCEPTS("core-concepts", "Core ML concepts"),
    DEEP_LEARNING("deep-learning", "Deep learning"),
    LLMS_NLP("llms-nlp", "LLMs & NLP"),
    EVALUATION_STATISTICS("evaluation-statistics", "Evaluation & statistics"),
    MLOPS_PRODUCTION("mlops-production", "MLOps & production"),
    RESPONSIBLE_AI("responsible-ai", "Responsible AI"),
    SYSTEM_DESIGN("system-design", "ML system design"),
    INTERVIEW_CRAFT("interview-craft", "Interview craft");

    private final String id;
    private final String title;

    Topic(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Accepts the id, case-insensitively, and a few forgiving spellings ("llms_nlp", "LLMS NLP"). */
    public static Optional<Topic> parse(String text) {
        String wanted = Names.normalize(text);
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Topic::id).collect(Collectors.toList());
    }
}
