package dev.mlquiz.questions.bank;

import dev.mlquiz.questions.Pack;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.Topics;
import dev.mlquiz.questions.pack.PackProblem;
import dev.mlquiz.questions.pack.PackReadResult;
import dev.mlquiz.questions.pack.PackReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every question mlquiz can ask: the bundled packs plus a team's own. Loading never fails as a
 * whole: a broken pack is left out and its problems are kept in {@link #problems()}.
 */
public final class QuestionBank {
    /** Lists the bundled pack files; a test keeps it in step with the packs folder. */
    public static final String BUNDLED_INDEX = "packs/index.txt";

    private final List<Pack> packs;
    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final List<PackProblem> problems;
    private final Topics topics;

    private QuestionBank(List<Pack> packs, List<PackProblem> problems) {
        this.packs = List.copyOf(packs);
        this.questions = packs.stream().flatMap(p -> p.questions().stream()).collect(Collectors.toUnmodifiableList());
        this.topics =
                new Topics(packs.stream().flatMap(p -> p.topics().stream()).collect(Collectors.toList()));
        Map<String, Question> index = new LinkedHashMap<>();
        questions.forEach(q -> index.put(q.id(), q));
        this.byId = Collections.unmodifiableMap(index);
        this.problems = List.copyOf(problems);
    }

    /** The bundled packs only. */
    public static QuestionBank bundled() {
        return of(bundledFiles());
    }

    /** The bundled packs, then every {@code *.yaml}, {@code *.yml} and {@code *.json} in {@code teamPacks}. */
    public static QuestionBank load(Optional<Path> teamPacks) {
        List<PackFile> files = new ArrayList<>(bundledFiles());
        List<PackProblem> problems = new ArrayList<>();
        teamPacks.ifPresent(dir -> files.addAll(teamFiles(dir, problems)));
        return of(files, problems);
    }

    /** The bundled packs followed by {@code extra}, as a team's packs would be loaded. */
    public static QuestionBank bundledPlus(List<PackFile> extra) {
        List<PackFile> files = new ArrayList<>(bundledFiles());
        files.addAll(extra);
        return of(files);
    }

    /** Reads the files in order; a later pack that reuses an id already loaded is rejected whole. */
    public static QuestionBank of(List<PackFile> files) {
        return of(files, List.of());
    }

    private static QuestionBank of(List<PackFile> files, List<PackProblem> earlierProblems) {
        List<PackProblem> problems = new ArrayList<>();
        List<PackReadResult.Loaded> accepted = new ArrayList<>();
        List<PackReadResult.Rejected> rejected = new ArrayList<>();
        Map<String, String> questionOrigin = new LinkedHashMap<>();
        Map<String, String> packOrigin = new LinkedHashMap<>();
        Map<String, Pack> topicDeclarer = new LinkedHashMap<>();
        for (PackFile file : files) {
            PackReadResult result = PackReader.read(file.name(), file.text());
            if (result instanceof PackReadResult.Rejected) {
                rejected.add((PackReadResult.Rejected) result);
            } else if (result instanceof PackReadResult.Loaded) {
                PackReadResult.Loaded loaded = (PackReadResult.Loaded) result;
                List<PackProblem> clashes = clashes(loaded, packOrigin, questionOrigin, topicDeclarer);
                if (clashes.isEmpty()) {
                    Pack pack = loaded.pack();
                    accepted.add(loaded);
                    packOrigin.put(pack.id(), pack.origin());
                    pack.questions().forEach(q -> questionOrigin.put(q.id(), pack.origin()));
                    pack.topics().forEach(t -> topicDeclarer.put(t.id(), pack));
                } else {
                    rejected.add(new PackReadResult.Rejected(loaded.pack().origin(), clashes, loaded.topicUse()));
                }
            } else {
                throw new AssertionError("unexpected result " + result);
            }
        }
        List<Pack> packs = withDeclaredTopics(accepted, problems);
        List<String> declared =
                packs.stream().flatMap(p -> p.topics().stream()).map(Topic::id).collect(Collectors.toList());
        for (PackReadResult.Rejected pack : rejected) {
            problems.addAll(pack.problems());
            problems.addAll(unknownTopics(pack.file(), pack.topicUse(), declared));
        }
        // Each file's problems together, in the order the files were read, by line within a file.
        List<String> order = files.stream().map(PackFile::name).collect(Collectors.toList());
        problems.sort(Comparator.<PackProblem>comparingInt(p -> order.indexOf(p.file()))
                .thenComparingInt(PackProblem::line));
        problems.addAll(0, earlierProblems);
        return new QuestionBank(packs, problems);
    }

    /**
     * Leaves out every pack with a question on a topic no accepted pack declares; repeated, because a
     * pack left out takes its topics with it.
     */
    private static List<Pack> withDeclaredTopics(List<PackReadResult.Loaded> accepted, List<PackProblem> problems) {
        List<PackReadResult.Loaded> kept = new ArrayList<>(accepted);
        while (true) {
            List<String> declared = kept.stream()
                    .flatMap(loaded -> loaded.pack().topics().stream())
                    .map(Topic::id)
                    .collect(Collectors.toList());
            List<PackReadResult.Loaded> undeclaredUse = new ArrayList<>();
            for (PackReadResult.Loaded loaded : kept) {
                List<PackProblem> unknown = unknownTopics(loaded.pack().origin(), loaded.topicUse(), declared);
                if (!unknown.isEmpty()) {
                    problems.addAll(unknown);
                    undeclaredUse.add(loaded);
                }
            }
            if (undeclaredUse.isEmpty()) {
                return kept.stream().map(PackReadResult.Loaded::pack).collect(Collectors.toList());
            }
            kept.removeAll(undeclaredUse);
        }
    }

    /** {@code declared}: the topics of the packs in the bank; a pack's own declarations count for it too. */
    private static List<PackProblem> unknownTopics(String file, PackReadResult.TopicUse use, List<String> declared) {
        List<String> known = new ArrayList<>(declared);
        use.declared().stream().filter(id -> !known.contains(id)).forEach(known::add);
        String whoElse = use.packId().isEmpty()
                ? "no pack declares it"
                : "neither pack '" + use.packId() + "' nor any other declares it";
        return use.references().stream()
                .filter(r -> !known.contains(r.topicId()))
                .map(r -> new PackProblem(
                        file,
                        r.line(),
                        Optional.of(r.question()),
                        "unknown topic '" + r.topicId() + "': " + whoElse + " (declared: " + String.join(", ", known)
                                + ")"))
                .collect(Collectors.toList());
    }

    private static List<PackProblem> clashes(
            PackReadResult.Loaded loaded,
            Map<String, String> packOrigin,
            Map<String, String> questionOrigin,
            Map<String, Pack> topicDeclarer) {
        Pack pack = loaded.pack();
        List<PackProblem> clashes = new ArrayList<>();
        if (packOrigin.containsKey(pack.id())) {
            clashes.add(new PackProblem(
                    pack.origin(),
                    0,
                    Optional.empty(),
                    "pack id '" + pack.id() + "' is already used by " + packOrigin.get(pack.id())));
        }
        for (Topic topic : pack.topics()) {
            Pack earlier = topicDeclarer.get(topic.id());
            // A pack declaring itself as its topic clashes with the pack of that id, already reported.
            boolean samePackId = earlier != null
                    && earlier.id().equals(pack.id())
                    && topic.id().equals(pack.id());
            if (earlier != null && !samePackId) {
                clashes.add(new PackProblem(
                        pack.origin(),
                        loaded.lineOfTopic(topic.id()),
                        Optional.empty(),
                        "topic '" + topic.id() + "' is already declared by pack '" + earlier.id() + "' ("
                                + earlier.origin() + "); a topic is declared once, and any pack's questions"
                                + " may use it"));
            }
        }
        for (Question q : pack.questions()) {
            if (questionOrigin.containsKey(q.id())) {
                clashes.add(new PackProblem(
                        pack.origin(),
                        loaded.lineOf(q.id()),
                        Optional.of(q.id()),
                        "duplicate id: already used by " + questionOrigin.get(q.id())));
            }
        }
        return clashes;
    }

    private static List<PackFile> bundledFiles() {
        return bundledNames().stream()
                .map(name -> new PackFile("packs/" + name, resource("packs/" + name)))
                .collect(Collectors.toList());
    }

    /** The bundled pack file names, in load order. */
    public static List<String> bundledNames() {
        return resource(BUNDLED_INDEX)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toList());
    }

    private static String resource(String name) {
        try (InputStream in = QuestionBank.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }

    private static List<PackFile> teamFiles(Path dir, List<PackProblem> problems) {
        if (!Files.isDirectory(dir)) {
            String what = Files.exists(dir) ? "is a file, not a directory" : "does not exist";
            problems.add(new PackProblem(dir.toString(), 0, Optional.empty(), "packs directory " + what));
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> listing = Files.list(dir)) {
            paths = listing.filter(QuestionBank::isPackName).sorted().collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            problems.add(
                    new PackProblem(dir.toString(), 0, Optional.empty(), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
        List<PackFile> files = new ArrayList<>();
        for (Path path : paths) {
            PackFileReader.read(path, problems).ifPresent(files::add);
        }
        return files;
    }

    /**
     * By name only, so a folder or an unreadable file named like a pack is reported rather than
     * silently skipped; hidden names are editors' lock and backup files.
     */
    private static boolean isPackName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    public List<Pack> packs() {
        return packs;
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Problems of the packs that were left out; empty when everything loaded. */
    public List<PackProblem> problems() {
        return problems;
    }

    /** The topics the packs declare, in load order. */
    public Topics topics() {
        return topics;
    }

    /** Question count for every topic, in the topics' declared order, zero counts included. */
    public Map<Topic, Integer> countsByTopic() {
        Map<Topic, Integer> counts = new LinkedHashMap<>();
        for (Topic topic : topics.all()) {
            counts.put(topic, 0);
        }
        questions.forEach(q -> counts.merge(topics.displayed(q.topicId()), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
