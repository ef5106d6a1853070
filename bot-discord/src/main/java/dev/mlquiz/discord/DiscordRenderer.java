package dev.mlquiz.discord;

import static dev.mlquiz.core.text.Phrases.cut;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.answer.PracticeFeedback;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.AnswerView;
import dev.mlquiz.core.view.HelpView;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.OptionLine;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.ReportsView;
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
import net.dv8tion.jda.api.entities.emoji.Emoji;
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
    /** Where every word shown comes from. */
    static final Catalog TEXT = Catalog.english();
    /** The reveal's field with who got it. */
    static final String RESULTS = TEXT.resolve(Msg.REVEAL_RESULTS);

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

    static Rendered render(View view) {
        return view.accept(RENDERER);
    }

    @Override
    public Rendered notice(Notice notice) {
        return text((notice.tone() == Notice.Tone.ERROR ? "⚠️ " : "") + say(notice.message()));
    }

    @Override
    public Rendered questionCard(QuestionCard card) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(cut(
                        say(
                                card.kind() == RoundKind.PRACTICE ? Msg.CARD_PRACTICE_TITLE : Msg.CARD_QUESTION_TITLE,
                                card.topic().title()),
                        MessageEmbed.TITLE_MAX_LENGTH))
                .setDescription(cut(questionText(card.prompt(), card.options()), MessageEmbed.DESCRIPTION_MAX_LENGTH));
        if (card.kind() == RoundKind.PRACTICE) {
            embed.addField(say(Msg.CARD_LEVEL), card.difficulty().id(), true);
            embed.setFooter(say(Msg.PRACTICE_NOTE));
        } else {
            embed.addField(
                    say(Msg.CARD_LEVEL), card.difficulty().id() + " · " + say(Phrases.points(card.points())), true);
            embed.addField(say(Msg.CARD_CLOSES), "<t:" + card.closesAt().getEpochSecond() + ":R>", true);
            card.note().ifPresent(note -> embed.addField(say(Msg.CARD_NOTE), note, false));
            embed.setFooter(say(Msg.CARD_ANSWERS_SO_FAR, Phrases.answers(card.answerCount())));
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
                .map(url -> " [" + say(Msg.CARD_GO_TO_QUESTION) + "](" + url + ")")
                .orElse("");
        return new Rendered(cut(say(noted.note()) + link, 2000), card.embeds(), card.rows());
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
                .setTitle(answerTitle(reveal) + " · " + reveal.topic().title())
                .setDescription(cut(text.toString(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField(say(Msg.REVEAL_WHY), cut(reveal.explanation(), MessageEmbed.VALUE_MAX_LENGTH), false);
        reveal.tip().ifPresent(tip -> embed.addField(say(Msg.TIP), cut(tip, MessageEmbed.VALUE_MAX_LENGTH), false));
        List<Text> results = new ArrayList<>(reveal.results(names -> Wording.names(
                TEXT, names, MessageEmbed.VALUE_MAX_LENGTH / 2 - 100, NAME_MAX, MarkdownSanitizer::escape)));
        reveal.firstRightSentence(name -> MarkdownSanitizer.escape(cut(name, NAME_MAX)))
                .ifPresent(results::add);
        reveal.participationSentence().ifPresent(results::add);
        String said = results.stream().map(DiscordRenderer::say).collect(Collectors.joining("\n"));
        embed.addField(RESULTS, cut(said, MessageEmbed.VALUE_MAX_LENGTH), false);
        String questionId = say(Msg.REPORT_QUESTION_ID, reveal.questionId());
        embed.setFooter(
                reveal.tally().map(tally -> say(tally) + " · " + questionId).orElse(questionId));
        List<Button> buttons = new ArrayList<>();
        for (RevealView.OptionTally option : reveal.options()) {
            String id = new AnswerButtonId(reveal.round(), option.letter()).encode();
            ButtonStyle style = option.correct() ? ButtonStyle.SUCCESS : ButtonStyle.SECONDARY;
            buttons.add(Button.of(style, id, option.letter() + " · " + option.count())
                    .asDisabled());
        }
        return new Rendered("", List.of(embed.build()), List.of(ActionRow.of(buttons), reportRow(reveal.round())));
    }

    /** The row with the button that opens the form to report the round's question. */
    static ActionRow reportRow(RoundId round) {
        return ActionRow.of(Button.secondary(new ReportButtonId(round).encode(), say(Msg.REPORT_BUTTON))
                .withEmoji(Emoji.fromUnicode("🚩")));
    }

    /** Which option was right, with a daily round's mark before it. */
    private static String answerTitle(RevealView reveal) {
        Text answer = Text.of(Msg.REVEAL_ANSWER, reveal.correct().name());
        return say(reveal.kind() == RoundKind.DAILY ? Text.of(Msg.REVEAL_DAILY, answer) : answer);
    }

    @Override
    public Rendered recap(RecapView recap) {
        String lines = recap.top().stream().map(DiscordRenderer::line).collect(Collectors.joining("\n"));
        return embed(new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(cut(say(Msg.RECAP_HEADING, recap.channelName()), MessageEmbed.TITLE_MAX_LENGTH))
                .setDescription(
                        cut(lines.isEmpty() ? say(Msg.RECAP_NO_POINTS) : lines, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField(say(Msg.RECAP_QUESTIONS_OF_THE_DAY), String.valueOf(recap.dailyQuestions()), true)
                .addField(
                        say(Msg.RECAP_ANSWERS),
                        recap.dailyAnswers() + " (" + say(Msg.SHARE_RIGHT, Phrases.percent(recap.dailyAccuracy()))
                                + ")",
                        true)
                .addField(say(Msg.RECAP_PLAYERS), String.valueOf(recap.players()), true)
                .setFooter(say(
                        Msg.DATE_RANGE,
                        recap.weekStart().toString(),
                        recap.weekEnd().toString()))
                .build());
    }

    @Override
    public Rendered answer(AnswerView view) {
        AnswerOutcome outcome = view.outcome();
        if (outcome instanceof AnswerOutcome.Accepted
                && ((AnswerOutcome.Accepted) outcome).feedback().isPresent()) {
            AnswerOutcome.Accepted accepted = (AnswerOutcome.Accepted) outcome;
            return new Rendered("", List.of(feedback(accepted.feedback().get())), List.of(reportRow(accepted.round())));
        }
        String prefix = outcome instanceof AnswerOutcome.Accepted ? "🔒 " : "⚠️ ";
        return text(prefix + say(outcome.message()));
    }

    private static MessageEmbed feedback(PracticeFeedback feedback) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(feedback.correct() ? RIGHT : WRONG)
                .setTitle(say(Wording.verdict(feedback)))
                .setDescription(cut(
                        "**" + feedback.correctLetter() + ".** " + feedback.correctText() + "\n\n"
                                + feedback.explanation(),
                        MessageEmbed.DESCRIPTION_MAX_LENGTH));
        feedback.tip().ifPresent(tip -> embed.addField(say(Msg.TIP), cut(tip, MessageEmbed.VALUE_MAX_LENGTH), false));
        return embed.setFooter(say(Msg.PRACTICE_COUNTS) + " · " + say(Msg.REPORT_QUESTION_ID, feedback.questionId()))
                .build();
    }

    @Override
    public Rendered leaderboard(LeaderboardView board) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(say(
                        Msg.BOARD_TITLE,
                        cut(say(board.scope()), 100),
                        board.window().title()));
        if (board.top().isEmpty()) {
            return embed(embed.setDescription(say(Msg.BOARD_NO_POINTS_YET)).build());
        }
        StringBuilder text = new StringBuilder();
        board.top().forEach(line -> text.append(line(line)).append('\n'));
        board.asker().ifPresent(line -> text.append("…\n").append(line(line)).append('\n'));
        return embed(embed.setDescription(cut(text.toString(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .setFooter(say(Phrases.players(board.players())))
                .build());
    }

    private static String line(LeaderboardView.Line line) {
        String name = MarkdownSanitizer.escape(cut(line.name(), NAME_MAX));
        return "`" + line.rank() + ".` " + (line.asker() ? say(Msg.BOARD_YOU, "**" + name + "**") : name) + " — "
                + say(Phrases.points(line.points())) + " · "
                + say(Msg.BOARD_LINE_RIGHT, line.correct(), line.answered())
                + (line.dailyStreak() >= 2 ? " · 🔥 " + line.dailyStreak() : "");
    }

    @Override
    public Rendered teams(TeamsView teams) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(say(Msg.TEAMS_TITLE, teams.window().title()));
        if (teams.lines().isEmpty()) {
            return embed(embed.setDescription(say(Msg.TEAMS_NO_POINTS_YET)).build());
        }
        String text = teams.lines().stream()
                .map(l -> "`" + l.rank() + ".` #" + MarkdownSanitizer.escape(cut(l.channelName(), NAME_MAX)) + " — "
                        + say(
                                Msg.TEAMS_LINE,
                                String.format(Locale.ROOT, "%.1f", l.pointsPerPlayer()),
                                Phrases.points(l.points()),
                                Phrases.players(l.activePlayers())))
                .collect(Collectors.joining("\n"));
        return embed(embed.setDescription(cut(text, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .build());
    }

    @Override
    public Rendered stats(StatsView view) {
        PlayerStats stats = view.stats();
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(cut(say(Msg.STATS_TITLE, view.playerName()), MessageEmbed.TITLE_MAX_LENGTH));
        if (stats.answered() == 0) {
            return embed(embed.setDescription(say(Msg.STATS_NO_ANSWERS_YET)).build());
        }
        embed.addField(say(Msg.STATS_ANSWERED), String.valueOf(stats.answered()), true)
                .addField(
                        say(Msg.STATS_ACCURACY),
                        say(
                                Msg.PAIR_PARENTHESISED,
                                Phrases.percent(stats.accuracy()),
                                Text.of(Msg.SHARE_RIGHT, stats.correct())),
                        true)
                .addField(say(Msg.STATS_POINTS), String.valueOf(stats.points()), true)
                .addField(
                        say(Msg.STATS_STREAK),
                        say(Msg.STATS_WITH_BEST, stats.currentStreak(), stats.bestStreak()),
                        true)
                .addField(
                        say(Msg.STATS_DAILY_STREAK),
                        say(
                                Msg.STATS_WITH_BEST,
                                stats.daily().current(),
                                stats.daily().best()),
                        true);
        String topics = stats.topics().stream().map(t -> say(t.line())).collect(Collectors.joining("\n"));
        embed.addField(say(Msg.STATS_BY_TOPIC), cut(topics, MessageEmbed.VALUE_MAX_LENGTH), false);
        String levels = stats.levels().stream().map(l -> say(l.line())).collect(Collectors.joining("\n"));
        embed.addField(say(Msg.STATS_BY_LEVEL), levels, false);
        if (!stats.weakest().isEmpty()) {
            embed.addField(
                    say(Msg.STATS_WORK_ON),
                    stats.weakest().stream().map(t -> t.topic().id()).collect(Collectors.joining(", ")),
                    false);
        }
        stats.weakSpot().ifPresent(spot -> embed.setDescription(say(spot.advice())));
        view.review().ifPresent(review -> embed.addField(say(Msg.STATS_BY_REVIEW), say(review.summary()), false));
        return embed(embed.build());
    }

    @Override
    public Rendered topics(TopicsView view) {
        String text = view.topics().stream()
                .map(l -> "`" + l.topic().id() + "` — " + l.topic().title() + " (" + l.questions() + ")")
                .collect(Collectors.joining("\n"));
        return embed(new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(say(Msg.TOPICS_TITLE))
                .setDescription(cut(text, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField(
                        say(Msg.TOPICS_LEVELS),
                        view.levels().stream().map(l -> l.id()).collect(Collectors.joining(", ")),
                        false)
                .build());
    }

    @Override
    public Rendered reports(ReportsView view) {
        // The hint names only admins' commands.
        String hint = asAdminCommands(say(view.hint()));
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(WRONG)
                .setTitle(say(view.title()))
                .setFooter(cut(hint, MessageEmbed.TEXT_MAX_LENGTH));
        view.moreLine().map(DiscordRenderer::say).ifPresent(embed::setDescription);
        List<String> names = view.entries().stream()
                .map(entry -> "`" + entry.questionId() + "`")
                .toList();
        // An embed holds 6000 characters in all: the entries share what the rest leaves.
        int left = MessageEmbed.EMBED_MAX_LENGTH_BOT
                - embed.length()
                - names.stream().mapToInt(String::length).sum();
        int perEntry = Math.min(MessageEmbed.VALUE_MAX_LENGTH, left / Math.max(1, names.size()));
        for (int i = 0; i < names.size(); i++) {
            ReportsView.Entry entry = view.entries().get(i);
            StringBuilder value = new StringBuilder(plain(cut(entry.prompt(), 150)))
                    .append('\n')
                    .append(say(entry.tally()))
                    .append(" · <t:")
                    .append(entry.summary().newest().getEpochSecond())
                    .append(":R>");
            entry.summary().notes().forEach(note -> value.append("\n> ").append(plain(cut(note, 200))));
            embed.addField(names.get(i), cut(value.toString(), perEntry), false);
        }
        return embed(embed.build());
    }

    /**
     * A player's words shown as they are: markdown escaped, and brackets too, so a note cannot make a
     * masked link ("[docs](https://elsewhere)") that hides where it goes.
     */
    private static String plain(String words) {
        return MarkdownSanitizer.escape(words).replace("[", "\\[").replace("]", "\\]");
    }

    @Override
    public Rendered settings(SettingsView view) {
        EmbedBuilder embed = new EmbedBuilder().setColor(QUESTION).setTitle(say(Msg.SETTINGS_TITLE));
        view.lines()
                .forEach(line ->
                        embed.addField(say(line.name()), cut(say(line.value()), MessageEmbed.VALUE_MAX_LENGTH), false));
        return embed(embed.setFooter(say(view.howToChange())).build());
    }

    @Override
    public Rendered help(HelpView view) {
        String commands = view.commands().stream()
                .map(e -> "`" + discordUsage(e.usage(), e.adminOnly()) + "` " + say(e.description()))
                .collect(Collectors.joining("\n"));
        String rules = view.rules().stream().map(r -> "• " + say(r)).collect(Collectors.joining("\n"));
        return embed(new EmbedBuilder()
                .setColor(QUESTION)
                .setTitle(say(Msg.HELP_TITLE))
                .setDescription(cut(commands, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField(say(Msg.HELP_RULES), cut(rules, MessageEmbed.VALUE_MAX_LENGTH), false)
                .build());
    }

    static String discordUsage(String usage, boolean adminOnly) {
        return adminOnly ? asAdminCommands(usage) : usage;
    }

    /** Admin commands are under /mlquiz-admin on Discord: the text's commands, as Discord has them. */
    private static String asAdminCommands(String text) {
        return text.replace("/" + SlashCommands.PLAYER_COMMAND + " ", "/" + SlashCommands.ADMIN_COMMAND + " ");
    }

    private static String say(Text text) {
        return TEXT.resolve(text);
    }

    private static String say(Msg key, Object... arguments) {
        return TEXT.resolve(key, arguments);
    }

    private static Rendered embed(MessageEmbed embed) {
        return new Rendered("", List.of(embed), List.of());
    }

    private static Rendered text(String content) {
        return new Rendered(cut(content, 2000), List.of(), List.of());
    }
}
