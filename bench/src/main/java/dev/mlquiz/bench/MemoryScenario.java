package dev.mlquiz.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scenario 7: the resident memory of a JVM started with the launcher's default options (the repository's
 * {@code jvm.options}, as {@code ./mlquiz} reads it) through the burst and the leaderboards.
 */
final class MemoryScenario {
    record Outcome(
            List<String> options,
            double peakMb,
            double rssMb,
            double heapUsedMb,
            double heapMaxMb,
            double answersPerSecond,
            double answerP99Millis,
            double boardColdP99Millis,
            double boardWarmP99Millis) {}

    private final Path dir;
    private final String classpath;

    MemoryScenario(Path dir, Path classpathFile) throws Exception {
        this.dir = dir;
        this.classpath = System.getProperty("java.class.path")
                + File.pathSeparator
                + Files.readString(classpathFile).strip();
    }

    Outcome run(Path dataSet) throws Exception {
        List<String> options = launcherOptions();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, MemoryProbe.class.getName(), dir.toString(), dataSet.toString()));
        Process probe = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String last = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
        }
        if (probe.waitFor() != 0 || last == null || !last.startsWith("memory ")) {
            throw new IllegalStateException("the memory probe failed: " + last);
        }
        String[] figures = last.split(" ");
        return new Outcome(
                options,
                Long.parseLong(figures[1]) / 1024.0,
                Long.parseLong(figures[2]) / 1024.0,
                Long.parseLong(figures[3]) / 1e6,
                Long.parseLong(figures[4]) / 1e6,
                Double.parseDouble(figures[5]),
                Double.parseDouble(figures[6]),
                Double.parseDouble(figures[7]),
                Double.parseDouble(figures[8]));
    }

    /** The options in jvm.options (comments and blank lines left out), found from here or the bench module. */
    static List<String> launcherOptions() throws Exception {
        Path file = Path.of(System.getProperty("mlquiz.jvm.options", "jvm.options"));
        if (!Files.exists(file)) {
            file = Path.of("..").resolve("jvm.options");
        }
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toList());
    }
}
