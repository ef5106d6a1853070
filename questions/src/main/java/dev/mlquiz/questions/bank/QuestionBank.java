package dev.mlquiz.questions.bank;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Pack;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.Topic;
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
import java.util.EnumMap;
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

    private QuestionBank(List<Pack> packs, List<PackProblem> problems) {
        this.packs = List.copyOf(packs);
        this.questions = packs.stream().flatMap(p -> p.questions().stream()).collect(Collectors.toUnmodifiableList());
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
        List<PackProblem> problems = new ArrayList<>(earlierProblems);
        List<Pack> packs = new ArrayList<>();
        Map<String, String> questionOrigin = new LinkedHashMap<>();
        Map<String, String> packOrigin = new LinkedHashMap<>();
        for (PackFile file : files) {
            PackReadResult result = PackReader.read(file.name(), file.text());
            if (result instanceof PackReadResult.Rejected) {
                problems.addAll(((PackReadResult.Rejected) result).problems());
            } else if (result instanceof PackReadResult.Loaded) {
                PackReadResult.Loaded loaded = (PackReadResult.Loaded) result;
                List<PackProblem> clashes = clashes(loaded, packOrigin, questionOrigin);
                if (clashes.isEmpty()) {
                    Pack pack = loaded.pack();
                    packs.add(pack);
                    packOrigin.put(pack.id(), pack.origin());
                    pack.questions().forEach(q -> questionOrigin.put(q.id(), pack.origin()));
                } else {
                    problems.addAll(clashes);
                }
            } else {
                throw new AssertionError("unexpected result " + result);
            }
        }
        return new QuestionBank(packs, problems);
    }

    private static List<PackProblem> clashes(
            PackReadResult.Loaded loaded, Map<String, String> packOrigin, Map<String, String> questionOrigin) {
        Pack pack = loaded.pack();
        List<PackProblem> clashes = new ArrayList<>();
        if (packOrigin.containsKey(pack.id())) {
            clashes.add(new PackProblem(
                    pack.origin(),
                    0,
                    Optional.empty(),
                    "pack id '" + pack.id() + "' is already used by " + packOrigin.get(pack.id())));
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

    /** Question count for every topic, in the topics' declared order, zero counts included. */
    public Map<Topic, Integer> countsByTopic() {
        Map<Topic, Integer> counts = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            counts.put(topic, 0);
        }
        questions.forEach(q -> counts.merge(q.topic(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** The questions with the given topic and difficulty; an empty filter matches everything. */
    public List<Question> matching(Optional<Topic> topic, Optional<Difficulty> difficulty) {
        return questions.stream()
                .filter(q -> topic.map(t -> t == q.topic()).orElse(true))
                .filter(q -> difficulty.map(d -> d == q.difficulty()).orElse(true))
                .collect(Collectors.toUnmodifiableList());
    }
}
