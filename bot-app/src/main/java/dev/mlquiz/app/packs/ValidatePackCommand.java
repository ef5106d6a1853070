package dev.mlquiz.app.packs;

import dev.mlquiz.questions.Pack;
import dev.mlquiz.questions.bank.PackFile;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.questions.pack.PackProblem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code mlquiz validate-pack FILE...}: checks a team's packs exactly as the bot would load them,
 * after the bundled packs, so an id that clashes with a bundled question is caught too.
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
        for (String file : files) {
            QuestionBank.readFile(Path.of(file), problems).ifPresent(packFiles::add);
        }
        QuestionBank bank = QuestionBank.bundledPlus(packFiles);
        problems.addAll(bank.problems());
        Map<String, Pack> loaded =
                bank.packs().stream().collect(Collectors.toMap(Pack::origin, p -> p, (a, b) -> a, TreeMap::new));
        for (String file : files) {
            Pack pack = loaded.get(Path.of(file).toString());
            if (pack != null) {
                int count = pack.questions().size();
                out.printf("ok   %s: pack '%s', %d question%s%n", file, pack.id(), count, count == 1 ? "" : "s");
            }
        }
        problems.forEach(p -> out.println("fail " + p));
        if (!problems.isEmpty()) {
            out.printf("%d problem%s found%n", problems.size(), problems.size() == 1 ? "" : "s");
            return 1;
        }
        return 0;
    }
}
