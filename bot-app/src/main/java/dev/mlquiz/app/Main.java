package dev.mlquiz.app;

import dev.mlquiz.app.packs.ValidatePackCommand;
import dev.mlquiz.questions.bank.QuestionBank;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code mlquiz} command. */
public final class Main {
    static final String USAGE = String.join(
            "\n",
            "usage: mlquiz [command]",
            "  (no command)            print the question bank summary",
            "  validate-pack FILE...   check question packs (YAML or JSON) and list every problem",
            "  help                    show this help",
            "",
            "environment:",
            "  MLQUIZ_PACKS_DIR        a folder of your team's own *.yaml / *.json packs");

    private final Map<String, String> env;
    private final PrintStream out;

    Main(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.getenv(), System.out).run(List.of(args)));
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            return printBank();
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "validate-pack":
                return new ValidatePackCommand(out).run(rest);
            case "help":
            case "--help":
            case "-h":
                out.println(USAGE);
                return 0;
            default:
                out.println("unknown command '" + command + "'");
                out.println(USAGE);
                return 2;
        }
    }

    private int printBank() {
        Optional<Path> teamPacks = Optional.ofNullable(env.get("MLQUIZ_PACKS_DIR"))
                .filter(s -> !s.isBlank())
                .map(Path::of);
        QuestionBank bank = QuestionBank.load(teamPacks);
        out.printf(
                "mlquiz question bank: %d questions in %d packs%n",
                bank.questions().size(), bank.packs().size());
        bank.countsByTopic()
                .forEach((topic, count) -> out.printf("  %-22s %3d  %s%n", topic.id(), count, topic.title()));
        bank.problems().forEach(p -> out.println("skipped: " + p));
        return 0;
    }
}
