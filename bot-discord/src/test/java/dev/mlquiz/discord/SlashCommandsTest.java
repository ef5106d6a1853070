package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.questions.Topics;
import dev.mlquiz.questions.bank.QuestionBank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.junit.jupiter.api.Test;

/** Which commands need an admin is the core's decision ({@link Command#requiresAdmin()}); Discord follows it. */
class SlashCommandsTest {
    static final Topics TOPICS = QuestionBank.bundled().topics();

    @Test
    void nothing_under_the_player_command_needs_an_admin() {
        assertThat(commandsUnder(SlashCommands.PLAYER_COMMAND)).isNotEmpty().allSatisfy(command -> assertThat(
                        command.requiresAdmin())
                .as("%s under /%s", command, SlashCommands.PLAYER_COMMAND)
                .isFalse());
    }

    @Test
    void every_command_is_registered_so_admin_only_ones_are_under_the_admin_command() {
        List<Command> registered = new ArrayList<>(commandsUnder(SlashCommands.PLAYER_COMMAND));
        registered.addAll(commandsUnder(SlashCommands.ADMIN_COMMAND));
        assertThat(registered).noneMatch(command -> command instanceof Command.Invalid);
        Set<Class<?>> reachable = registered.stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> every = Arrays.stream(Command.class.getPermittedSubclasses())
                .filter(kind -> kind != Command.Invalid.class)
                .collect(Collectors.toSet());
        // With nothing admin-only under /mlquiz, an admin-only command can only be under /mlquiz-admin.
        assertThat(reachable).containsExactlyInAnyOrderElementsOf(every);
    }

    @Test
    void a_report_names_its_question_and_one_of_four_reasons_with_optional_details_up_to_500_characters() {
        SubcommandData report = command(SlashCommands.PLAYER_COMMAND).getSubcommands().stream()
                .filter(sub -> sub.getName().equals("report"))
                .findFirst()
                .orElseThrow();

        assertThat(report.getOptions())
                .extracting(OptionData::getName, OptionData::isRequired)
                .containsExactly(tuple("question", true), tuple("reason", true), tuple("details", false));
        assertThat(report.getOptions().get(1).getChoices())
                .extracting(Choice::getAsString)
                .containsExactly("wrong", "unclear", "outdated", "other");
        assertThat(report.getOptions().get(2).getMaxLength()).isEqualTo(500);
    }

    @Test
    void the_admins_reports_are_a_group_of_four() {
        SubcommandGroupData reports = command(SlashCommands.ADMIN_COMMAND).getSubcommandGroups().stream()
                .filter(group -> group.getName().equals("reports"))
                .findFirst()
                .orElseThrow();

        assertThat(reports.getSubcommands())
                .extracting(SubcommandData::getName)
                .containsExactly("list", "retire", "dismiss", "restore");
    }

    private static SlashCommandData command(String name) {
        return SlashCommands.all().stream()
                .filter(c -> c.getName().equals(name))
                .map(SlashCommandData.class::cast)
                .findFirst()
                .orElseThrow();
    }

    /** Each registered subcommand as the core parses it, with its required options filled in. */
    private static List<Command> commandsUnder(String name) {
        SlashCommandData command = command(name);
        List<Command> parsed = new ArrayList<>();
        for (SubcommandData sub : command.getSubcommands()) {
            parsed.addAll(parse(Optional.empty(), sub));
        }
        for (SubcommandGroupData group : command.getSubcommandGroups()) {
            for (SubcommandData sub : group.getSubcommands()) {
                parsed.addAll(parse(Optional.of(group.getName()), sub));
            }
        }
        return parsed;
    }

    /** The subcommand with its required options, and once more for each choice of an option. */
    private static List<Command> parse(Optional<String> group, SubcommandData sub) {
        Map<String, String> required = new HashMap<>();
        for (OptionData option : sub.getOptions()) {
            if (option.isRequired()) {
                required.put(option.getName(), example(option));
            }
        }
        List<Command> parsed = new ArrayList<>();
        parsed.add(CommandParser.parse(CommandText.of(group, sub.getName(), required), TOPICS));
        for (OptionData option : sub.getOptions()) {
            for (Choice choice : option.getChoices()) {
                Map<String, String> chosen = new HashMap<>(required);
                chosen.put(option.getName(), choice.getAsString());
                parsed.add(CommandParser.parse(CommandText.of(group, sub.getName(), chosen), TOPICS));
            }
        }
        return parsed;
    }

    private static String example(OptionData option) {
        if (!option.getChoices().isEmpty()) {
            return option.getChoices().get(0).getAsString();
        }
        switch (option.getType()) {
            case INTEGER:
                return String.valueOf(option.getMinValue() == null ? 1 : option.getMinValue());
            case BOOLEAN:
                return "true";
            default:
                return "UTC";
        }
    }
}
