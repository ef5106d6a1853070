package dev.mlquiz.discord;

import static dev.mlquiz.core.view.Wording.cut;
import static dev.mlquiz.core.view.Wording.points;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.answer.PracticeFeedback;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.view.AnswerView;
import dev.mlquiz.core.view.HelpView;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.OptionLine;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.SettingsView;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.TeamsView;
import dev.mlquiz.core.view.TopicsView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.core.view.ViewVisitor;
import dev.mlquiz.core.view.Wording;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders core views as Discord messages: embeds and buttons. Pure (no JDA connection needed), and
 * every text is cut to Discord's limits so a long pack or a long name can never make a send fail.
 */
public final class DiscordRenderer implements ViewVisitor<DiscordRenderer.Rendered> {
    static final Color QUESTION = new Color(0x5865F2);
    static final Color RIGHT = new Color(0x57F287);
    static final Color WRONG = new Color(0xED4245);
    static final int NAME_MAX = 32;
    /** The reveal's field with who got it. */
    static final String RESULTS = "Results";

    /** The parts of a message, shared by new messages and edits. */
    record Rendered(String content, List<MessageEmbed> embeds, List<ActionRow> rows) {}

    private DiscordRenderer() {}

    public static MessageCreateData create(View view) {
        Rendered r = render(view);
        return new MessageCreateBuilder()
                .setContent(r.content())
                .setEmbeds(r.embeds())
                .setComponents(r.rows())
                .build();
    }

    public static MessageEditData edit(View view) {
        Rendered r = render(view);
        return new MessageEditBuilder()
                .setContent(r.content())
                .setEmbeds(r.embeds())
                .setComponents(r.rows())
                .build();
    }

    private static final DiscordRenderer RENDERER = new DiscordRenderer();
    private static final String TIP_HEADING = "Interview tip";

    static Rendered render(View view) {
        return view.accept(RENDERER);
    }

    @Override
    public Rendered notice(Notice notice) {
        return text((notice.tone() == Notice.Tone.ERROR ? "⚠️ " : "") + notice.text());
    }

    @Override
    public Rendered questionCard(QuestionCard card) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(cut(
                        (card.kind() == RoundKind.PRACTICE ? "Practice · " : "Question · ")
                                + card.topic().title(),
                        MessageEmbed.TITLE_MAX_LENGTH))
                .setDescription(cut(questionText(card.prompt(), card.options()), MessageEmbed.DESCRIPTION_MAX_LENGTH));
        if (card.kind() == RoundKind.PRACTICE) {
            embed.addField("Level", card.difficulty().id(), true);
            embed.setFooter(Wording.PRACTICE_NOTE);
        } else {
            embed.addField("Level", card.difficulty().id() + " · " + points(card.points()), true);
            embed.addField("Closes", "<t:" + card.closesAt().getEpochSecond() + ":R>", true);
            card.note().ifPresent(note -> embed.addField("Note", note, false));
            embed.setFooter(Wording.answersSoFar(card.answerCount()));
        }
        List<Button> buttons = new ArrayList<>();
        for (OptionLine option : card.options()) {
            buttons.add(Button.primary(
                    new AnswerButtonId(card.round(), option.letter()).encode(),
                    option.letter().name()));
        }
        return new Rendered("", List.of(embed.build()), List.of(ActionRow.of(buttons)));
    }

    /** The note as the message's text, linked to the question's own message when it is known. */
    @Override
    public Rendered notedCard(NotedCard noted) {
        Rendered card = questionCard(noted.card());
        String link = noted.messageLink()
                .map(url -> " [" + NotedCard.LINK_TEXT + "](" + url + ")")
                .orElse("");
        return new Rendered(cut(noted.note() + link, 2000), card.embeds(), card.rows());
    }

    /** A link that opens a message in the Discord client: guild, channel (or thread), message. */
    static String messageLink(ChannelId channel, String messageId) {
        return "https://discord.com/channels/" + channel.team().value() + "/" + channel.value() + "/" + messageId;
    }

    private static String questionText(String prompt, List<OptionLine> options) {
        StringBuilder text = new StringBuilder("**").append(prompt).append("**\n");
        for (OptionLine option : options) {
            text.append("\n**").append(option.letter()).append(".** ").append(option.text());
        }
        return text.toString();
    }

    @Override
    public Rendered reveal(RevealView reveal) {
        StringBuilder text = new StringBuilder("**").append(reveal.prompt()).append("**\n");
        for (RevealView.OptionTally option : reveal.options()) {
            text.append('\n')
                    .append(option.correct() ? "✅ " : "▫️ ")
                    .append("**")
                    .append(option.letter())
                    .append(".** ")
                    .append(option.text())
                    .append(" — ")
                    .append(option.count());
        }
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(RIGHT)
                .setTitle((reveal.kind() == RoundKind.DAILY ? "Question of the day · " : "") + "Answer: "
                        + reveal.correct() + " · " + reveal.topic().title())
                .setDescription(cut(text.toString(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField("Why", cut(reveal.explanation(), MessageEmbed.VALUE_MAX_LENGTH), false);
        reveal.tip().ifPresent(tip -> embed.addField(TIP_HEADING, cut(tip, MessageEmbed.VALUE_MAX_LENGTH), false));
        List<String> results = new ArrayList<>(reveal.results(names ->
                Wording.names(names, MessageEmbed.VALUE_MAX_LENGTH / 2 - 100, NAME_MAX, MarkdownSanitizer::escape)));
        reveal.firstRightSentence(name -> MarkdownSanitizer.escape(cut(name, NAME_MAX)))
                .ifPresent(results::add);
        reveal.participationSentence().ifPresent(results::add);
        embed.addField(RESULTS, cut(String.join("\n", results), MessageEmbed.VALUE_MAX_LENGTH), false);
        reveal.tally().ifPresent(embed::setFooter);
        List<Button> buttons = new ArrayList<>();
        for (RevealView.OptionTally option : reveal.options()) {
            String id = new AnswerButtonId(reveal.round(), option.letter()).encode();
            ButtonStyle style = option.correct() ? ButtonStyle.SUCCESS : ButtonStyle.SECONDARY;
            buttons.add(Button.of(style, id, option.letter() + " · " + option.count())
                    .asDisabled());
        }
        return new Rendered("", List.of(embed.build()), List.of(ActionRow.of(buttons)));
    }

    @Override
    public Rendered recap(RecapView recap) {
        String lines = recap.top().stream().map(DiscordRenderer::line).collect(Collectors.joining("\n"));
        return embed(new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(cut(Wording.recapHeading(recap.channelName()), MessageEmbed.TITLE_MAX_LENGTH))
                .setDescription(
                        cut(lines.isEmpty() ? "No points last week." : lines, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField("Questions of the day", String.valueOf(recap.dailyQuestions()), true)
                .addField(
                        "Answers",
                        recap.dailyAnswers() + " (" + Wording.percent(recap.dailyAccuracy()) + " right)",
                        true)
                .addField("Players", String.valueOf(recap.players()), true)
                .setFooter(recap.weekStart() + " to " + recap.weekEnd())
                .build());
    }

    @Override
    public Rendered answer(AnswerView view) {
        AnswerOutcome outcome = view.outcome();
        if (outcome instanceof AnswerOutcome.Accepted
                && ((AnswerOutcome.Accepted) outcome).feedback().isPresent()) {
            return embed(feedback(((AnswerOutcome.Accepted) outcome).feedback().get()));
        }
        String prefix = outcome instanceof AnswerOutcome.Accepted ? "🔒 " : "⚠️ ";
        return text(prefix + outcome.message());
    }

    private static MessageEmbed feedback(PracticeFeedback feedback) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(feedback.correct() ? RIGHT : WRONG)
                .setTitle(Wording.verdict(feedback))
                .setDescription(cut(
                        "**" + feedback.correctLetter() + ".** " + feedback.correctText() + "\n\n"
                                + feedback.explanation(),
                        MessageEmbed.DESCRIPTION_MAX_LENGTH));
        feedback.tip().ifPresent(tip -> embed.addField(TIP_HEADING, cut(tip, MessageEmbed.VALUE_MAX_LENGTH), false));
        return embed.setFooter(Wording.PRACTICE_COUNTS).build();
    }

    @Override
    public Rendered leaderboard(LeaderboardView board) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle("Leaderboard · " + cut(board.scopeName(), 100) + " · "
                        + board.window().title());
        if (board.top().isEmpty()) {
            return embed(embed.setDescription(Wording.NO_POINTS_YET).build());
        }
        StringBuilder text = new StringBuilder();
        board.top().forEach(line -> text.append(line(line)).append('\n'));
        board.asker().ifPresent(line -> text.append("…\n").append(line(line)).append('\n'));
        return embed(embed.setDescription(cut(text.toString(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .setFooter(Wording.players(board.players()))
                .build());
    }

    private static String line(LeaderboardView.Line line) {
        String name = MarkdownSanitizer.escape(cut(line.name(), NAME_MAX));
        return "`" + line.rank() + ".` " + (line.asker() ? "**" + name + "** (you)" : name) + " — "
                + points(line.points()) + " · " + line.correct() + "/" + line.answered() + " right"
                + (line.dailyStreak() >= 2 ? " · 🔥 " + line.dailyStreak() : "");
    }

    @Override
    public Rendered teams(TeamsView teams) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle("Channels · points per active player · "
                        + teams.window().title());
        if (teams.lines().isEmpty()) {
            return embed(embed.setDescription(Wording.NO_CHANNEL_POINTS_YET).build());
        }
        String text = teams.lines().stream()
                .map(l -> String.format(
                        Locale.ROOT,
                        "`%d.` #%s — %.1f per player (%s, %s)",
                        l.rank(),
                        MarkdownSanitizer.escape(cut(l.channelName(), NAME_MAX)),
                        l.pointsPerPlayer(),
                        points(l.points()),
                        Wording.players(l.activePlayers())))
                .collect(Collectors.joining("\n"));
        return embed(embed.setDescription(cut(text, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .build());
    }

    @Override
    public Rendered stats(StatsView view) {
        PlayerStats stats = view.stats();
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(cut("Stats · " + view.playerName(), MessageEmbed.TITLE_MAX_LENGTH));
        if (stats.answered() == 0) {
            return embed(embed.setDescription(Wording.NO_ANSWERS_YET).build());
        }
        embed.addField("Answered", String.valueOf(stats.answered()), true)
                .addField(
                        "Accuracy",
                        String.format(Locale.ROOT, "%s (%d right)", Wording.percent(stats.accuracy()), stats.correct()),
                        true)
                .addField("Points", String.valueOf(stats.points()), true)
                .addField("Streak", stats.currentStreak() + " (best " + stats.bestStreak() + ")", true)
                .addField(
                        "Daily streak",
                        stats.daily().current() + " (best " + stats.daily().best() + ")",
                        true);
        String topics = stats.topics().stream()
                .map(t -> String.format(
                        Locale.ROOT,
                        "%s: %d/%d (%s)",
                        t.topic().title(),
                        t.correct(),
                        t.answered(),
                        Wording.percent(t.accuracy())))
                .collect(Collectors.joining("\n"));
        embed.addField("By topic", cut(topics, MessageEmbed.VALUE_MAX_LENGTH), false);
        if (!stats.weakest().isEmpty()) {
            embed.addField(
                    "Work on",
                    stats.weakest().stream().map(t -> t.topic().id()).collect(Collectors.joining(", ")),
                    false);
        }
        return embed(embed.build());
    }

    @Override
    public Rendered topics(TopicsView view) {
        String text = view.topics().stream()
                .map(l -> "`" + l.topic().id() + "` — " + l.topic().title() + " (" + l.questions() + ")")
                .collect(Collectors.joining("\n"));
        return embed(new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle("Topics")
                .setDescription(cut(text, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField("Levels", view.levels().stream().map(l -> l.id()).collect(Collectors.joining(", ")), false)
                .build());
    }

    @Override
    public Rendered settings(SettingsView view) {
        EmbedBuilder embed = new EmbedBuilder().setColor(QUESTION).setTitle(SettingsView.TITLE);
        view.lines()
                .forEach(line -> embed.addField(line.name(), cut(line.value(), MessageEmbed.VALUE_MAX_LENGTH), false));
        return embed(embed.setFooter(view.howToChange()).build());
    }

    @Override
    public Rendered help(HelpView view) {
        String commands = view.commands().stream()
                .map(e -> "`" + discordUsage(e.usage(), e.adminOnly()) + "` " + e.description())
                .collect(Collectors.joining("\n"));
        String rules = view.rules().stream().map(r -> "• " + r).collect(Collectors.joining("\n"));
        return embed(new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle("mlquiz help")
                .setDescription(cut(commands, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField("Rules", cut(rules, MessageEmbed.VALUE_MAX_LENGTH), false)
                .build());
    }

    /** Admin commands are under /mlquiz-admin on Discord. */
    static String discordUsage(String usage, boolean adminOnly) {
        return adminOnly
                ? usage.replaceFirst("^/" + SlashCommands.PLAYER_COMMAND + " ", "/" + SlashCommands.ADMIN_COMMAND + " ")
                : usage;
    }

    private static Rendered embed(MessageEmbed embed) {
        return new Rendered("", List.of(embed), List.of());
    }

    private static Rendered text(String content) {
        return new Rendered(cut(content, 2000), List.of(), List.of());
    }
}
