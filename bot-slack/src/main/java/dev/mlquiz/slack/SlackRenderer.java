package dev.mlquiz.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static dev.mlquiz.core.text.Phrases.cut;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.answer.PracticeFeedback;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders core views as Slack Block Kit. Pure: no Slack connection needed. Every text is escaped for
 * mrkdwn and cut to Slack's limits, so a long pack or a long name can never make a post fail.
 */
public final class SlackRenderer implements ViewVisitor<SlackMessage> {
    public static final int SECTION_MAX = 3000;
    static final int NAME_MAX = 32;
    /** Where every word shown comes from. */
    static final Catalog TEXT = Catalog.english();

    private static final Pattern WORKSPACE_DOMAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,62}");
    private static final Pattern MESSAGE_TS = Pattern.compile("[0-9]{1,12}\\.[0-9]{6}");

    private SlackRenderer() {}

    private static final SlackRenderer RENDERER = new SlackRenderer();

    public static SlackMessage render(View view) {
        return view.accept(RENDERER);
    }

    @Override
    public SlackMessage notice(Notice notice) {
        return text((notice.tone() == Notice.Tone.ERROR ? ":warning: " : "") + escape(say(notice.message())));
    }

    @Override
    public SlackMessage questionCard(QuestionCard card) {
        boolean practice = card.kind() == RoundKind.PRACTICE;
        String title = "*"
                + say(
                        practice ? Msg.CARD_PRACTICE_TITLE : Msg.CARD_QUESTION_TITLE,
                        escape(card.topic().title())) + "* ("
                + card.difficulty().id() + (practice ? "" : " · " + say(Phrases.points(card.points()))) + ")";
        StringBuilder body = new StringBuilder(title)
                .append("\n*")
                .append(escape(card.prompt()))
                .append("*\n");
        for (OptionLine option : card.options()) {
            body.append("\n*").append(option.letter()).append(".* ").append(escape(option.text()));
        }
        card.note().ifPresent(note -> body.append("\n_").append(escape(note)).append('_'));
        List<BlockElement> buttons = new ArrayList<>();
        for (OptionLine option : card.options()) {
            buttons.add(button(b -> b.actionId(new AnswerButtonId(card.round(), option.letter()).encode())
                    .text(plainText(option.letter().name()))
                    .value(option.letter().name())));
        }
        String note = practice
                ? say(Msg.PRACTICE_NOTE)
                : say(Msg.CARD_CLOSES_AT, slackTime(card.closesAt().getEpochSecond())) + " · "
                        + say(Msg.CARD_ANSWERS_SO_FAR, Phrases.answers(card.answerCount()));
        List<LayoutBlock> blocks = List.of(
                section(s -> s.text(markdownText(cut(body.toString(), SECTION_MAX)))),
                actions(a -> a.blockId("mlquiz.answers." + card.round().value()).elements(buttons)),
                context(c -> c.elements(List.<ContextBlockElement>of(markdownText(note)))));
        return new SlackMessage(cut(say(Msg.CARD_FALLBACK, card.prompt()), SECTION_MAX), blocks);
    }

    /** The App Home's line on spaced review, with the button that starts it (the question comes as a DM). */
    static List<LayoutBlock> reviewPrompt(int dueNow) {
        return List.of(
                section(s -> s.text(markdownText("*" + say(Msg.SLACK_HOME_REVIEW_DUE, dueNow) + "*"))),
                actions(a -> a.blockId("mlquiz.home.review")
                        .elements(List.of(button(b -> b.actionId(HomeReview.ACTION_ID)
                                .text(plainText(say(Msg.SLACK_HOME_REVIEW_START)))
                                .value("review"))))));
    }

    /** The note above the card, linked to the question's own message when it is known. */
    @Override
    public SlackMessage notedCard(NotedCard noted) {
        SlackMessage card = questionCard(noted.card());
        String link = noted.messageLink()
                .map(url -> " <" + url + "|" + say(Msg.CARD_GO_TO_QUESTION) + ">")
                .orElse("");
        String note = cut(escape(say(noted.note())) + link, SECTION_MAX);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(note))));
        blocks.addAll(card.blocks());
        return new SlackMessage(cut(say(noted.note()) + " " + card.text(), SECTION_MAX), blocks);
    }

    /**
     * A link that opens a message in the workspace: its domain (as slash commands carry it), the channel,
     * and the message's timestamp without its dot. Empty when either part is not what Slack sends.
     */
    static Optional<String> messageLink(String workspaceDomain, String channel, String messageTs) {
        if (workspaceDomain == null
                || !WORKSPACE_DOMAIN.matcher(workspaceDomain).matches()
                || !MESSAGE_TS.matcher(messageTs).matches()
                || !SlackIdentities.isId(channel)) {
            return Optional.empty();
        }
        return Optional.of(
                "https://" + workspaceDomain + ".slack.com/archives/" + channel + "/p" + messageTs.replace(".", ""));
    }

    @Override
    public SlackMessage reveal(RevealView reveal) {
        Text answer = Text.of(Msg.REVEAL_ANSWER, reveal.correct().name());
        StringBuilder options = new StringBuilder("*")
                .append(say(reveal.kind() == RoundKind.DAILY ? Text.of(Msg.REVEAL_DAILY, answer) : answer))
                .append("* · ")
                .append(escape(reveal.topic().title()))
                .append("\n*")
                .append(escape(reveal.prompt()))
                .append("*\n");
        for (RevealView.OptionTally option : reveal.options()) {
            options.append('\n')
                    .append(option.correct() ? ":white_check_mark: " : ":white_small_square: ")
                    .append('*')
                    .append(option.letter())
                    .append(".* ")
                    .append(escape(option.text()))
                    .append(" — ")
                    .append(option.count());
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(cut(options.toString(), SECTION_MAX)))));
        blocks.add(section(s -> s.text(
                markdownText(cut("*" + say(Msg.REVEAL_WHY) + ":* " + escape(reveal.explanation()), SECTION_MAX)))));
        reveal.tip()
                .ifPresent(tip -> blocks.add(context(c -> c.elements(
                        List.<ContextBlockElement>of(markdownText(cut(":bulb: " + escape(tip), SECTION_MAX)))))));
        List<Text> results = new ArrayList<>(reveal.results(
                names -> Wording.names(TEXT, names, SECTION_MAX / 2 - 100, NAME_MAX, SlackRenderer::escape)));
        reveal.firstRightSentence(name -> escape(cut(name, NAME_MAX))).ifPresent(results::add);
        reveal.participationSentence().ifPresent(results::add);
        String said = results.stream().map(SlackRenderer::say).collect(Collectors.joining("\n"));
        blocks.add(section(s -> s.text(markdownText(cut(said, SECTION_MAX)))));
        String questionId = say(Msg.REPORT_QUESTION_ID, "`" + reveal.questionId() + "`");
        String footer =
                reveal.tally().map(tally -> say(tally) + " · " + questionId).orElse(questionId);
        blocks.add(context(c -> c.elements(List.<ContextBlockElement>of(markdownText(footer)))));
        blocks.add(reportButton(reveal.round()));
        return new SlackMessage(cut(say(answer) + ". " + reveal.correctOption().text(), SECTION_MAX), blocks);
    }

    @Override
    public SlackMessage answer(AnswerView view) {
        AnswerOutcome outcome = view.outcome();
        if (outcome instanceof AnswerOutcome.Accepted
                && ((AnswerOutcome.Accepted) outcome).feedback().isPresent()) {
            AnswerOutcome.Accepted accepted = (AnswerOutcome.Accepted) outcome;
            return feedback(accepted.feedback().get(), accepted.round());
        }
        String prefix = outcome instanceof AnswerOutcome.Accepted ? ":lock: " : ":warning: ";
        return text(prefix + escape(say(outcome.message())));
    }

    /** The button that opens the form to report the round's question. */
    static LayoutBlock reportButton(RoundId round) {
        return actions(a -> a.blockId("mlquiz.report." + round.value())
                .elements(List.of(button(b -> b.actionId(new ReportButtonId(round).encode())
                        .text(plainText(":triangular_flag_on_post: " + say(Msg.REPORT_BUTTON)))
                        .value(round.value())))));
    }

    private static SlackMessage feedback(PracticeFeedback feedback, RoundId round) {
        String verdict = (feedback.correct() ? ":white_check_mark: *" : ":x: *") + say(Wording.verdict(feedback)) + "*";
        String body = verdict + "\n*" + feedback.correctLetter() + ".* " + escape(feedback.correctText()) + "\n\n"
                + escape(feedback.explanation());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(cut(body, SECTION_MAX)))));
        feedback.tip()
                .ifPresent(tip -> blocks.add(context(c -> c.elements(
                        List.<ContextBlockElement>of(markdownText(cut(":bulb: " + escape(tip), SECTION_MAX)))))));
        blocks.add(context(c -> c.elements(List.<ContextBlockElement>of(
                markdownText(say(Msg.REPORT_QUESTION_ID, "`" + feedback.questionId() + "`"))))));
        blocks.add(reportButton(round));
        return new SlackMessage(say(feedback.correct() ? Msg.PRACTICE_CORRECT : Msg.PRACTICE_NOT_QUITE_SHORT), blocks);
    }

    @Override
    public SlackMessage leaderboard(LeaderboardView board) {
        String title = "*"
                + say(
                        Msg.BOARD_TITLE,
                        escape(say(board.scope())),
                        board.window().title()) + "*";
        if (board.top().isEmpty()) {
            return text(title + "\n" + say(Msg.BOARD_NO_POINTS_YET));
        }
        StringBuilder lines = new StringBuilder(title);
        board.top().forEach(line -> lines.append('\n').append(line(line)));
        board.asker().ifPresent(line -> lines.append("\n…\n").append(line(line)));
        lines.append("\n_").append(say(Phrases.players(board.players()))).append("_");
        return text(lines.toString());
    }

    private static String line(LeaderboardView.Line line) {
        String name = escape(cut(line.name(), NAME_MAX));
        return line.rank() + ". " + (line.asker() ? say(Msg.BOARD_YOU, "*" + name + "*") : name) + " — "
                + say(Phrases.points(line.points())) + " · "
                + say(Msg.BOARD_LINE_RIGHT, line.correct(), line.answered())
                + (line.dailyStreak() >= 2 ? " · :fire: " + line.dailyStreak() : "");
    }

    @Override
    public SlackMessage recap(RecapView recap) {
        StringBuilder text = new StringBuilder("*")
                .append(say(Msg.RECAP_HEADING, escape(recap.channelName())))
                .append("* (")
                .append(say(
                        Msg.DATE_RANGE,
                        recap.weekStart().toString(),
                        recap.weekEnd().toString()))
                .append(")\n")
                .append(String.join(
                        " · ",
                        say(Msg.RECAP_DAILY_QUESTIONS, recap.dailyQuestions()),
                        say(Phrases.answers(recap.dailyAnswers())),
                        say(Msg.SHARE_RIGHT, Phrases.percent(recap.dailyAccuracy())),
                        say(Phrases.players(recap.players()))));
        recap.top().forEach(line -> text.append('\n').append(line(line)));
        return text(text.toString());
    }

    @Override
    public SlackMessage teams(TeamsView teams) {
        String title = "*" + say(Msg.TEAMS_TITLE, teams.window().title()) + "*";
        if (teams.lines().isEmpty()) {
            return text(title + "\n" + say(Msg.TEAMS_NO_POINTS_YET));
        }
        String lines = teams.lines().stream()
                .map(l -> l.rank() + ". #" + escape(cut(l.channelName(), NAME_MAX)) + " — "
                        + say(
                                Msg.TEAMS_LINE,
                                String.format(Locale.ROOT, "%.1f", l.pointsPerPlayer()),
                                Phrases.points(l.points()),
                                Phrases.players(l.activePlayers())))
                .collect(Collectors.joining("\n"));
        return text(title + "\n" + lines);
    }

    @Override
    public SlackMessage stats(StatsView view) {
        PlayerStats stats = view.stats();
        String title = "*" + say(Msg.STATS_TITLE, escape(cut(view.playerName(), NAME_MAX))) + "*";
        if (stats.answered() == 0) {
            return text(title + "\n" + say(Msg.STATS_NO_ANSWERS_YET));
        }
        StringBuilder body = new StringBuilder(title)
                .append('\n')
                .append(String.join(
                        " · ",
                        say(Msg.STATS_ANSWERED_COUNT, stats.answered()),
                        say(
                                Msg.PAIR_PARENTHESISED,
                                Text.of(Msg.SHARE_RIGHT, Phrases.percent(stats.accuracy())),
                                stats.correct()),
                        say(Phrases.points(stats.points())),
                        say(Msg.STATS_STREAK_COUNT, stats.currentStreak(), stats.bestStreak()),
                        say(
                                Msg.STATS_DAILY_STREAK_COUNT,
                                stats.daily().current(),
                                stats.daily().best())));
        stats.topics().forEach(t -> body.append("\n• ").append(escape(say(t.line()))));
        body.append("\n*").append(say(Msg.STATS_BY_LEVEL)).append(":*");
        stats.levels().forEach(l -> body.append("\n• ").append(escape(say(l.line()))));
        if (!stats.weakest().isEmpty()) {
            body.append("\n*")
                    .append(say(Msg.STATS_WORK_ON))
                    .append(":* ")
                    .append(stats.weakest().stream().map(t -> t.topic().id()).collect(Collectors.joining(", ")));
        }
        stats.weakSpot().ifPresent(spot -> body.append('\n').append(escape(say(spot.advice()))));
        view.review().ifPresent(review -> body.append('\n').append(escape(say(review.summary()))));
        return text(body.toString());
    }

    @Override
    public SlackMessage topics(TopicsView view) {
        String lines = view.topics().stream()
                .map(l -> "• `" + l.topic().id() + "` " + escape(l.topic().title()) + " (" + l.questions() + ")")
                .collect(Collectors.joining("\n"));
        return text("*" + say(Msg.TOPICS_TITLE) + "*\n" + lines + "\n*" + say(Msg.TOPICS_LEVELS) + ":* "
                + view.levels().stream().map(l -> l.id()).collect(Collectors.joining(", ")));
    }

    @Override
    public SlackMessage reports(ReportsView view) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*" + say(view.title()) + "*"))));
        view.entries().forEach(entry -> {
            StringBuilder text = new StringBuilder("`")
                    .append(entry.questionId())
                    .append("` ")
                    .append(escape(cut(entry.prompt(), 150)))
                    .append('\n')
                    .append(say(entry.tally()))
                    .append(" · ")
                    .append(slackDate(entry.summary().newest().getEpochSecond()));
            entry.summary().notes().forEach(note -> text.append("\n> ").append(escape(cut(note, 300))));
            blocks.add(section(s -> s.text(markdownText(cut(text.toString(), SECTION_MAX)))));
        });
        view.moreLine().ifPresent(more -> blocks.add(section(s -> s.text(markdownText(escape(say(more)))))));
        blocks.add(context(c -> c.elements(List.<ContextBlockElement>of(markdownText(escape(say(view.hint())))))));
        return new SlackMessage(say(view.title()), blocks);
    }

    @Override
    public SlackMessage settings(SettingsView view) {
        String lines = view.lines().stream()
                .map(l -> "• *" + escape(say(l.name())) + ":* " + escape(say(l.value())))
                .collect(Collectors.joining("\n"));
        return text("*" + say(Msg.SETTINGS_TITLE) + "*\n" + lines + "\n" + escape(say(view.howToChange())));
    }

    @Override
    public SlackMessage help(HelpView view) {
        String commands = view.commands().stream()
                .map(e -> "• `" + e.usage() + "` " + escape(say(e.description()))
                        + (e.adminOnly() ? " _" + say(Msg.HELP_ADMINS) + "_" : ""))
                .collect(Collectors.joining("\n"));
        String rules = view.rules().stream().map(r -> "• " + escape(say(r))).collect(Collectors.joining("\n"));
        return new SlackMessage(
                say(Msg.HELP_TITLE),
                List.of(
                        section(s -> s.text(
                                markdownText(cut("*" + say(Msg.HELP_COMMANDS) + "*\n" + commands, SECTION_MAX)))),
                        section(s ->
                                s.text(markdownText(cut("*" + say(Msg.HELP_RULES) + "*\n" + rules, SECTION_MAX))))));
    }

    private static String say(Text text) {
        return TEXT.resolve(text);
    }

    private static String say(Msg key, Object... arguments) {
        return TEXT.resolve(key, arguments);
    }

    private static SlackMessage text(String mrkdwn) {
        String body = cut(mrkdwn, SECTION_MAX);
        return new SlackMessage(body, List.of(section(s -> s.text(markdownText(body)))));
    }

    /** A date and time Slack shows in each reader's own zone. */
    static String slackDate(long epochSecond) {
        return "<!date^" + epochSecond + "^{date_short} {time}|" + say(Msg.SLACK_TIME_FALLBACK) + ">";
    }

    /** Slack's date formatting shows the time in each reader's own zone. */
    static String slackTime(long epochSecond) {
        return "<!date^" + epochSecond + "^{time}|" + say(Msg.SLACK_TIME_FALLBACK) + ">";
    }

    /** mrkdwn control characters; everything else shows as typed. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
