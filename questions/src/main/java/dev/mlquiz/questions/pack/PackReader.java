package dev.mlquiz.questions.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Pack;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.SourceDocument;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads and validates one pack file. All problems are collected, not just the first, so an author
 * fixes a pack in one pass; a pack with any problem is rejected whole.
 */
public final class PackReader {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SOURCE_REF = Pattern.compile("(.+)#([1-9][0-9]*)");
    private static final Set<String> PACK_FIELDS =
            Set.of("id", "title", "description", "topics", "sources", "questions");
    private static final Set<String> QUESTION_FIELDS = new LinkedHashSet<>(
            List.of("id", "topic", "difficulty", "prompt", "answer", "distractors", "explanation", "tip", "sources"));
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "title");
    private static final Set<String> TOPIC_FIELDS = Set.of("id", "title", "description");

    private PackReader() {}

    /**
     * {@code file} names the pack in messages and picks the format (".json" or YAML). Never throws:
     * whatever is wrong with the text is a problem of this pack alone.
     */
    public static PackReadResult read(String file, String text) {
        return rejectingFailures(file, () -> validated(file, PackDocument.parse(file, text)));
    }

    /** A failure nobody foresaw still rejects only this pack, so one file can never stop the bot. */
    static PackReadResult rejectingFailures(String file, Supplier<PackReadResult> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null || e.getMessage().isBlank()
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElseThrow();
            return new PackReadResult.Rejected(
                    file, List.of(new PackProblem(file, 0, Optional.empty(), "could not read pack: " + reason)));
        }
    }

    private static PackReadResult validated(String file, PackDocument document) {
        if (document.root().isMissingNode()) {
            return new PackReadResult.Rejected(file, document.readingProblems());
        }
        Validation validation = new Validation(file, document);
        Optional<Pack> pack = validation.pack();
        List<PackProblem> problems = new ArrayList<>(document.readingProblems());
        problems.addAll(validation.problems);
        PackReadResult.TopicUse topicUse = new PackReadResult.TopicUse(
                validation.packId, List.copyOf(validation.topicLines.keySet()), validation.topicReferences);
        if (problems.isEmpty() && pack.isPresent()) {
            return new PackReadResult.Loaded(pack.get(), validation.questionLines, validation.topicLines, topicUse);
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new PackReadResult.Rejected(file, problems, topicUse);
    }

    /** Compares options the way a reader would: ignoring case and runs of white space. */
    static String comparable(String option) {
        return option.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class Validation {
        private final String file;
        private final PackDocument document;
        private final List<PackProblem> problems = new ArrayList<>();
        private final Map<String, Integer> questionLines = new HashMap<>();
        private final Map<String, Integer> topicLines = new LinkedHashMap<>();
        private final List<PackReadResult.TopicReference> topicReferences = new ArrayList<>();
        private String packId = "";

        Validation(String file, PackDocument document) {
            this.file = file;
            this.document = document;
        }

        Optional<Pack> pack() {
            JsonNode root = document.root();
            if (!root.isObject()) {
                problem("", Optional.empty(), "a pack must be a mapping with 'id', 'title' and 'questions'");
                return Optional.empty();
            }
            unknownFields(root, "", PACK_FIELDS, Optional.empty(), "pack");
            String id = slug(root, "", "id", Optional.empty()).orElse("");
            packId = id;
            String title = text(root, "", "title", PackLimits.TITLE_MAX, true, Optional.empty())
                    .orElse("");
            String description = text(root, "", "description", PackLimits.PROMPT_MAX, false, Optional.empty())
                    .orElse("");
            List<SourceDocument> sources = sources(root);
            Set<String> sourceIds = new HashSet<>();
            sources.forEach(s -> sourceIds.add(s.id()));
            List<Question> questions = questions(root, id, sourceIds);
            Topic itself = new Topic(id, title, Optional.of(description).filter(d -> !d.isEmpty()));
            List<Topic> topics = topics(root, itself);
            return Optional.of(new Pack(id, title, description, topics, file, sources, questions));
        }

        /**
         * The {@code topics} list. Without one, a pack whose questions use its own id as their topic
         * declares that topic, titled and described as the pack is; otherwise it declares none.
         */
        private List<Topic> topics(JsonNode root, Topic itself) {
            List<Topic> topics = new ArrayList<>();
            JsonNode list = root.path("topics");
            if (list.isMissingNode()) {
                boolean used =
                        topicReferences.stream().anyMatch(r -> r.topicId().equals(itself.id()));
                if (!itself.id().isEmpty() && !itself.title().isEmpty() && used) {
                    topics.add(itself);
                    topicLines.put(itself.id(), document.lineOf("/id"));
                }
                return topics;
            }
            if (!list.isArray()) {
                problem(
                        "/topics",
                        Optional.empty(),
                        "'topics' must be a list of topics with 'id', 'title' and an optional 'description'");
                return topics;
            }
            for (int i = 0; i < list.size(); i++) {
                String at = "/topics/" + i;
                JsonNode entry = list.get(i);
                if (!entry.isObject()) {
                    problem(at, Optional.empty(), "each topic must be a mapping with 'id' and 'title'");
                    continue;
                }
                unknownFields(entry, at, TOPIC_FIELDS, Optional.empty(), "topic");
                Optional<String> topicId = slug(entry, at, "id", Optional.empty());
                Optional<String> title = text(entry, at, "title", PackLimits.TITLE_MAX, true, Optional.empty());
                Optional<String> description =
                        text(entry, at, "description", PackLimits.PROMPT_MAX, false, Optional.empty());
                if (topicId.isEmpty()) {
                    continue;
                }
                Integer earlier = topicLines.putIfAbsent(topicId.get(), document.lineOf(at));
                if (earlier != null) {
                    problem(
                            at,
                            Optional.empty(),
                            "topic '" + topicId.get() + "' is declared twice (first on line " + earlier + ")");
                } else if (title.isPresent()) {
                    topics.add(new Topic(topicId.get(), title.get(), description));
                }
            }
            return topics;
        }

        private List<SourceDocument> sources(JsonNode root) {
            List<SourceDocument> sources = new ArrayList<>();
            JsonNode list = root.path("sources");
            if (list.isMissingNode()) {
                return sources;
            }
            if (!list.isArray()) {
                problem("/sources", Optional.empty(), "'sources' must be a list of documents with 'id' and 'title'");
                return sources;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String at = "/sources/" + i;
                JsonNode entry = list.get(i);
                if (!entry.isObject()) {
                    problem(at, Optional.empty(), "each source must be a mapping with 'id' and 'title'");
                    continue;
                }
                unknownFields(entry, at, SOURCE_FIELDS, Optional.empty(), "source");
                Optional<String> sourceId = text(entry, at, "id", PackLimits.ID_MAX, true, Optional.empty());
                Optional<String> title = text(entry, at, "title", PackLimits.TITLE_MAX, true, Optional.empty());
                if (sourceId.isPresent() && !seen.add(sourceId.get())) {
                    problem(at, Optional.empty(), "source '" + sourceId.get() + "' is declared twice");
                }
                if (sourceId.isPresent() && title.isPresent()) {
                    sources.add(new SourceDocument(sourceId.get(), title.get()));
                }
            }
            return sources;
        }

        private List<Question> questions(JsonNode root, String packId, Set<String> sourceIds) {
            List<Question> questions = new ArrayList<>();
            JsonNode list = root.path("questions");
            if (list.isMissingNode()) {
                problem("", Optional.empty(), "missing 'questions': a pack needs at least one question");
                return questions;
            }
            if (!list.isArray() || list.isEmpty()) {
                problem("/questions", Optional.empty(), "'questions' must be a non-empty list");
                return questions;
            }
            for (int i = 0; i < list.size(); i++) {
                String at = "/questions/" + i;
                question(list.get(i), at, i, packId, sourceIds).ifPresent(q -> {
                    Integer earlier = questionLines.putIfAbsent(q.id(), document.lineOf(at));
                    if (earlier != null) {
                        problem(at, Optional.of(q.id()), "duplicate id: already used on line " + earlier);
                    } else {
                        questions.add(q);
                    }
                });
            }
            return questions;
        }

        private Optional<Question> question(JsonNode node, String at, int index, String packId, Set<String> sourceIds) {
            int before = problems.size();
            Optional<String> label = Optional.of(
                    node.path("id").isTextual() ? Excerpt.of(node.path("id").asText()) : "#" + (index + 1));
            if (!node.isObject()) {
                problem(at, label, "a question must be a mapping of fields");
                return Optional.empty();
            }
            unknownFields(node, at, QUESTION_FIELDS, label, "question");
            Optional<String> id = slug(node, at, "id", label);
            // Whether some pack declares the topic is known only when the whole bank is read.
            Optional<String> topic =
                    text(node, at, "topic", PackLimits.ID_MAX, true, label).map(Topics::idOf);
            topic.ifPresent(t -> topicReferences.add(
                    new PackReadResult.TopicReference(label.get(), t, document.lineOf(at + "/topic"))));
            Optional<Difficulty> difficulty =
                    choice(node, at, "difficulty", label, Difficulty::parse, Difficulty.ids());
            Optional<String> prompt = text(node, at, "prompt", PackLimits.PROMPT_MAX, true, label);
            Optional<String> answer = text(node, at, "answer", PackLimits.OPTION_MAX, true, label);
            List<String> distractors = distractors(node, at, label, answer);
            Optional<String> explanation = text(node, at, "explanation", PackLimits.EXPLANATION_MAX, true, label);
            Optional<String> tip = text(node, at, "tip", PackLimits.TIP_MAX, false, label);
            List<String> sources = questionSources(node, at, label, sourceIds);
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Question(
                    id.orElseThrow(),
                    packId,
                    topic.orElseThrow(),
                    difficulty.orElseThrow(),
                    prompt.orElseThrow(),
                    answer.orElseThrow(),
                    distractors,
                    explanation.orElseThrow(),
                    tip,
                    sources));
        }

        private List<String> distractors(JsonNode node, String at, Optional<String> label, Optional<String> answer) {
            List<String> distractors = new ArrayList<>();
            JsonNode list = node.path("distractors");
            String listAt = at + "/distractors";
            if (list.isMissingNode()) {
                problem(at, label, "missing 'distractors' (exactly " + Question.DISTRACTOR_COUNT + " wrong options)");
                return distractors;
            }
            if (!list.isArray()) {
                problem(listAt, label, "'distractors' must be a list of " + Question.DISTRACTOR_COUNT + " options");
                return distractors;
            }
            if (list.size() != Question.DISTRACTOR_COUNT) {
                problem(
                        listAt,
                        label,
                        "needs exactly " + Question.DISTRACTOR_COUNT + " distractors, found " + list.size());
            }
            Map<String, Integer> seen = new HashMap<>();
            answer.ifPresent(a -> seen.put(comparable(a), -1));
            for (int i = 0; i < list.size(); i++) {
                String itemAt = listAt + "/" + i;
                Optional<String> option = optionText(list.get(i), itemAt, "distractor " + (i + 1), label);
                if (option.isEmpty()) {
                    continue;
                }
                Integer clash = seen.putIfAbsent(comparable(option.get()), i);
                if (clash != null && clash < 0) {
                    problem(itemAt, label, "distractor " + (i + 1) + " is the same as the answer");
                } else if (clash != null) {
                    problem(itemAt, label, "distractor " + (i + 1) + " repeats distractor " + (clash + 1));
                }
                distractors.add(option.get());
            }
            return distractors;
        }

        private Optional<String> optionText(JsonNode value, String at, String what, Optional<String> label) {
            if (!value.isTextual()) {
                problem(at, label, what + " must be text");
                return Optional.empty();
            }
            return checkedText(value.asText(), at, what, PackLimits.OPTION_MAX, label);
        }

        private List<String> questionSources(JsonNode node, String at, Optional<String> label, Set<String> declared) {
            List<String> sources = new ArrayList<>();
            JsonNode list = node.path("sources");
            String listAt = at + "/sources";
            if (list.isMissingNode()) {
                // A question written from general knowledge cites nothing; one drawn from a document says which.
                return sources;
            }
            if (!list.isArray() || list.isEmpty()) {
                problem(listAt, label, "'sources' must be a non-empty list, e.g. [\"001#12\"]");
                return sources;
            }
            for (int i = 0; i < list.size(); i++) {
                String itemAt = listAt + "/" + i;
                JsonNode value = list.get(i);
                if (!value.isTextual() || value.asText().isBlank()) {
                    problem(itemAt, label, "source " + (i + 1) + " must be non-empty text");
                    continue;
                }
                Optional<String> checked =
                        checkedText(value.asText(), itemAt, "source " + (i + 1), PackLimits.SOURCE_MAX, label);
                if (checked.isEmpty()) {
                    continue;
                }
                String source = checked.get();
                var ref = SOURCE_REF.matcher(source);
                if (source.contains("#") && !ref.matches()) {
                    problem(itemAt, label, "source '" + source + "' must look like DOCUMENT#ENTRY, e.g. 001#12");
                } else if (ref.matches() && !declared.contains(ref.group(1))) {
                    problem(
                            itemAt,
                            label,
                            "source '" + source + "' cites document '" + ref.group(1)
                                    + "', which the pack's 'sources' does not declare");
                }
                sources.add(source);
            }
            return sources;
        }

        private <T> Optional<T> choice(
                JsonNode node,
                String at,
                String field,
                Optional<String> label,
                java.util.function.Function<String, Optional<T>> parse,
                List<String> valid) {
            Optional<String> raw = text(node, at, field, PackLimits.ID_MAX, true, label);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            Optional<T> parsed = parse.apply(raw.get());
            if (parsed.isEmpty()) {
                problem(
                        at + "/" + field,
                        label,
                        "unknown " + field + " '" + raw.get() + "' (valid: " + String.join(", ", valid) + ")");
            }
            return parsed;
        }

        private Optional<String> slug(JsonNode node, String at, String field, Optional<String> label) {
            Optional<String> value = text(node, at, field, PackLimits.ID_MAX, true, label);
            if (value.isPresent() && !SLUG.matcher(value.get()).matches()) {
                problem(
                        at + "/" + field,
                        label,
                        "'" + field + "' must be lower-case words joined by hyphens, "
                                + "like 'bias-variance-tradeoff', not '" + value.get() + "'");
                return Optional.empty();
            }
            return value;
        }

        private Optional<String> text(
                JsonNode node, String at, String field, int max, boolean required, Optional<String> label) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                if (required) {
                    problem(at, label, "missing '" + field + "'");
                }
                return Optional.empty();
            }
            if (!value.isTextual()) {
                problem(at + "/" + field, label, "'" + field + "' must be text");
                return Optional.empty();
            }
            return checkedText(value.asText(), at + "/" + field, "'" + field + "'", max, label);
        }

        private Optional<String> checkedText(String raw, String at, String what, int max, Optional<String> label) {
            String value = raw.strip();
            if (value.isEmpty()) {
                problem(at, label, what + " is empty");
                return Optional.empty();
            }
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                problem(at, label, what + " is " + length + " characters long; the limit is " + max);
                return Optional.empty();
            }
            return Optional.of(value);
        }

        private void unknownFields(JsonNode node, String at, Set<String> known, Optional<String> label, String what) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    problem(
                            at + "/" + name,
                            label,
                            "unknown " + what + " field '" + Excerpt.of(name) + "' (expected: "
                                    + String.join(", ", new java.util.TreeSet<>(known)) + ")");
                }
            }
        }

        private void problem(String pointer, Optional<String> questionId, String message) {
            problems.add(new PackProblem(file, document.lineOf(pointer), questionId, message));
        }
    }
}
