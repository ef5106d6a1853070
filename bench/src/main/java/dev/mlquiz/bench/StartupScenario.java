package dev.mlquiz.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 3: fresh JVMs. Time to ready (as the probe measures it from the JVM's own start time) and the
 * wall time until the console playground prints its first line (its prompt when input is piped).
 */
final class StartupScenario {
    static final int RUNS = 7;

    private final Path dir;
    private final String classpath;

    StartupScenario(Path dir, Path classpathFile) throws Exception {
        this.dir = dir;
        this.classpath = System.getProperty("java.class.path")
                + java.io.File.pathSeparator
                + Files.readString(classpathFile).strip();
    }

    /** Median milliseconds from JVM start to a renderable first question, over a fresh database each run. */
    double readyMillis() throws Exception {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path db = fresh("startup-" + i + ".db");
            Process probe = java("dev.mlquiz.bench.StartupProbe", db.toString()).start();
            try (BufferedReader out = reader(probe)) {
                String line = out.readLine();
                if (line == null || !line.startsWith("ready ")) {
                    throw new IllegalStateException("the start-up probe failed: " + line);
                }
                runs.add(Long.parseLong(line.split(" ")[1]));
            }
            probe.waitFor();
        }
        return median(runs);
    }

    /** Median wall-clock milliseconds from launching the console playground to its first line of output. */
    double consolePromptMillis() throws Exception {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ProcessBuilder builder = java("dev.mlquiz.app.Main");
            builder.environment().put("MLQUIZ_DB", fresh("console-" + i + ".db").toString());
            builder.environment().remove("DISCORD_TOKEN");
            builder.environment().remove("SLACK_BOT_TOKEN");
            long begin = System.nanoTime();
            Process console = builder.start();
            try (BufferedReader out = reader(console);
                    OutputStream in = console.getOutputStream()) {
                String first = out.readLine();
                long elapsed = (System.nanoTime() - begin) / 1_000_000;
                if (first == null || !first.startsWith("mlquiz console playground")) {
                    throw new IllegalStateException("the console did not start: " + first);
                }
                runs.add(elapsed);
                in.write("/quit\n".getBytes(StandardCharsets.UTF_8));
            }
            console.waitFor();
        }
        return median(runs);
    }

    private ProcessBuilder java(String... mainAndArgs) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath));
        command.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private Path fresh(String name) throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve(name + suffix));
        }
        return dir.resolve(name);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        return sorted.get(sorted.size() / 2);
    }
}
