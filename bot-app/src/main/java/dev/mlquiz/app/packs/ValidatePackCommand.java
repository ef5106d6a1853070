package dev.mlquiz.app.packs;

import dev.mlquiz.questions.Pack;
import dev.mlquiz.questions.bank.PackFile;
import dev.mlquiz.questions.bank.PackFileReader;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.questions.pack.PackProblem;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code mlquiz validate-pack FILE...}: checks a team's packs exactly as the bot would load them,
 * after the bundled packs, so an id that clashes with a bundled question is caught too. Whatever the
 * files hold, every problem is a line of output, never a stack trace.
 */
public final class ValidatePackCommand {
    private final PrintStream out;

    public ValidatePackCommand(PrintStream out) {
        this.out = out;
    }

    /** Returns the process exit code: 0 when every file is valid, 1 otherwise, 2 without files. */
    public int run(List<String> files) {
        if (files.isEmpty()) {
            out.println("usage: mlquiz validate-pack FILE...   (YAML or JSON question packs)");
            return 2;
        }
        List<PackProblem> problems = new ArrayList<>();
        List<PackFile> packFiles = new ArrayList<>();
        Map<String, String> origins = new LinkedHashMap<>(); // as typed -> as the bank names it
        for (String file : files) {
            try {
                Path path = Path.of(file);
                origins.put(file, path.toString());
                PackFileReader.read(path, problems).ifPresent(packFiles::add);
            } catch (InvalidPathException e) {
                origins.put(file, file);
                problems.add(new PackProblem(file, 0, Optional.empty(), "not a valid file name: " + e.getReason()));
            }
        }
        QuestionBank bank = QuestionBank.bundledPlus(packFiles);
        problems.addAll(bank.problems());
        Map<String, Pack> loaded = bank.packs().stream().collect(Collectors.toMap(Pack::origin, p -> p, (a, b) -> a));
        origins.forEach((file, origin) -> {
            Pack pack = loaded.get(origin);
            if (pack != null) {
                int count = pack.questions().size();
                out.printf("ok   %s: pack '%s', %d question%s%n", file, pack.id(), count, count == 1 ? "" : "s");
            }
        });
        // Problems in the order the files were given; bundled-pack problems (a broken build) last.
        List<String> order = new ArrayList<>(origins.values());
        problems.sort(Comparator.comparingInt(p -> {
            int position = order.indexOf(p.file());
            return position < 0 ? order.size() : position;
        }));
        problems.forEach(p -> out.println("fail " + p));
        if (!problems.isEmpty()) {
            out.printf("%d problem%s found%n", problems.size(), problems.size() == 1 ? "" : "s");
            return 1;
        }
        return 0;
    }
}
