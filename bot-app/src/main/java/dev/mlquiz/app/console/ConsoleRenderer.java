package dev.mlquiz.app.console;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.answer.PracticeFeedback;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Renders core views as plain text for the console. Pure: the same view and time give the same text. */
public final class ConsoleRenderer implements ViewVisitor<String> {
    /** How much of a prompt names its question. */
    private static final int PROMPT_WORDS = 6;
    /** Where every word shown comes from. */
    static final Catalog TEXT = Catalog.english();

    private final Instant now;

    private ConsoleRenderer(Instant now) {
        this.now = now;
    }

    public static String render(View view, Instant now) {
        return view.accept(new ConsoleRenderer(now));
    }

    @Override
    public String notice(Notice notice) {
        return (notice.tone() == Notice.Tone.ERROR ? "! " : "") + say(notice.message());
    }

    @Override
    public String questionCard(QuestionCard card) {
        StringBuilder text = new StringBuilder();
        if (card.kind() == RoundKind.PRACTICE) {
            text.append(say(
                            Msg.CONSOLE_PRACTICE_TITLE,
                            card.topic().title(),
                            card.difficulty().id()))
                    .append('\n');
        } else {
            text.append(say(
                            Msg.CONSOLE_QUESTION_TITLE,
                            card.topic().title(),
                            card.difficulty().id(),
                            Phrases.points(card.points()),
                            Phrases.duration(Duration.between(now, card.closesAt()))))
                    .append('\n');
        }
        text.append(card.prompt()).append('\n');
        for (OptionLine option : card.options()) {
            text.append("  ")
                    .append(option.letter())
                    .append(") ")
                    .append(option.text())
                    .append('\n');
        }
        card.note().ifPresent(note -> text.append(note).append('\n'));
        return text.append(say(Msg.CONSOLE_TYPE_TO_ANSWER)).toString();
    }

    @Override
    public String notedCard(NotedCard noted) {
        return say(noted.note()) + "\n" + questionCard(noted.card());
    }

    /** Which question an answer went to: its kind, topic and first words. */
    static String which(QuestionCard card) {
        Msg kind = card.kind() == RoundKind.PRACTICE
                ? Msg.CONSOLE_WHICH_PRACTICE
                : card.kind() == RoundKind.DAILY ? Msg.CONSOLE_WHICH_DAILY : Msg.CONSOLE_WHICH_ROUND;
        return say(Msg.CONSOLE_WHICH, Text.of(kind), card.topic().title(), firstWords(card.prompt()));
    }

    private static String firstWords(String prompt) {
        String[] words = prompt.strip().split("\\s+");
        return words.length <= PROMPT_WORDS
                ? prompt.strip()
                : String.join(" ", Arrays.asList(words).subList(0, PROMPT_WORDS)) + " ...";
    }

    @Override
    public String answer(AnswerView view) {
        AnswerOutcome outcome = view.outcome();
        if (outcome instanceof AnswerOutcome.Accepted) {
            AnswerOutcome.Accepted accepted = (AnswerOutcome.Accepted) outcome;
            return accepted.feedback().map(ConsoleRenderer::feedback).orElseGet(() -> say(accepted.message()));
        }
        return "! " + say(outcome.message());
    }

    private static String feedback(PracticeFeedback feedback) {
        return say(
                        Msg.CONSOLE_THE_ANSWER_IS,
                        Wording.verdict(feedback),
                        feedback.correctLetter().name(),
                        feedback.correctText())
                + "\n" + feedback.explanation()
                + feedback.tip().map(t -> "\n" + say(Msg.TIP_LINE, t)).orElse("")
                + "\n" + say(Msg.CONSOLE_REPORT_HINT, feedback.questionId());
    }

    @Override
    public String reveal(RevealView reveal) {
        StringBuilder text = new StringBuilder(say(
                        reveal.kind() == RoundKind.DAILY ? Msg.CONSOLE_DAILY_OVER : Msg.CONSOLE_ROUND_OVER,
                        reveal.prompt()))
                .append('\n');
        for (RevealView.OptionTally option : reveal.options()) {
            text.append(option.correct() ? "> " : "  ")
                    .append(option.letter())
                    .append(") ")
                    .append(option.text())
                    .append("  [")
                    .append(option.count())
                    .append("]\n");
        }
        text.append(say(Msg.REVEAL_ANSWER, reveal.correct().name()))
                .append(") ")
                .append(reveal.correctOption().text())
                .append('\n');
        text.append(reveal.explanation()).append('\n');
        reveal.tip().ifPresent(tip -> text.append(say(Msg.TIP_LINE, tip)).append('\n'));
        text.append(sentences(reveal.results(names -> Wording.names(TEXT, names))));
        List<Text> more = new ArrayList<>();
        reveal.tally().ifPresent(more::add);
        reveal.firstRightSentence(UnaryOperator.identity()).ifPresent(more::add);
        reveal.participationSentence().ifPresent(more::add);
        if (!more.isEmpty()) {
            text.append('\n').append(sentences(more));
        }
        return text.append('\n')
                .append(say(Msg.CONSOLE_REPORT_HINT, reveal.questionId()))
                .toString();
    }

    @Override
    public String recap(RecapView recap) {
        StringBuilder text = new StringBuilder(say(
                Msg.CONSOLE_RECAP,
                Text.of(Msg.RECAP_HEADING, recap.channelName()),
                Text.of(
                        Msg.DATE_RANGE,
                        recap.weekStart().toString(),
                        recap.weekEnd().toString()),
                Text.of(Msg.RECAP_DAILY_QUESTIONS, recap.dailyQuestions()),
                Phrases.answers(recap.dailyAnswers()),
                Text.of(Msg.SHARE_RIGHT, Phrases.percent(recap.dailyAccuracy())),
                Phrases.players(recap.players())));
        recap.top().forEach(line -> text.append('\n').append(line(line)));
        return text.toString();
    }

    @Override
    public String leaderboard(LeaderboardView board) {
        StringBuilder text = new StringBuilder(
                say(Msg.CONSOLE_BOARD_TITLE, board.scope(), board.window().inSentence()));
        if (board.top().isEmpty()) {
            return text.append(": ").append(say(Msg.BOARD_NO_POINTS_YET)).toString();
        }
        text.append(" (").append(say(Phrases.players(board.players()))).append(")");
        board.top().forEach(line -> text.append('\n').append(line(line)));
        board.asker().ifPresent(line -> text.append("\n  ...\n").append(line(line)));
        return text.toString();
    }

    private static String line(LeaderboardView.Line line) {
        return String.format(
                Locale.ROOT,
                "%3d. %-20s %s (%s)%s%s",
                line.rank(),
                line.name(),
                say(Phrases.points(line.points())),
                say(Msg.CONSOLE_BOARD_LINE_CORRECT, line.correct(), line.answered()),
                line.dailyStreak() >= 2 ? say(Msg.CONSOLE_BOARD_DAILY_STREAK, line.dailyStreak()) : "",
                line.asker() ? "  " + say(Msg.CONSOLE_BOARD_YOU) : "");
    }

    @Override
    public String teams(TeamsView teams) {
        StringBuilder text =
                new StringBuilder(say(Msg.CONSOLE_TEAMS_TITLE, teams.window().inSentence()));
        if (teams.lines().isEmpty()) {
            return text.append(": ").append(say(Msg.TEAMS_NO_POINTS_YET)).toString();
        }
        teams.lines().forEach(line -> text.append(
                        String.format(Locale.ROOT, "\n%3d. #%-20s ", line.rank(), line.channelName()))
                .append(say(
                        Msg.TEAMS_LINE,
                        String.format(Locale.ROOT, "%.1f", line.pointsPerPlayer()),
                        Phrases.points(line.points()),
                        Phrases.players(line.activePlayers()))));
        return text.toString();
    }

    @Override
    public String stats(StatsView view) {
        PlayerStats stats = view.stats();
        if (stats.answered() == 0) {
            return say(Msg.CONSOLE_STATS_TITLE, view.playerName()) + ": " + say(Msg.STATS_NO_ANSWERS_YET);
        }
        StringBuilder text = new StringBuilder(say(
                Msg.CONSOLE_STATS,
                Text.of(Msg.CONSOLE_STATS_TITLE, view.playerName()),
                stats.answered(),
                stats.correct(),
                Phrases.percent(stats.accuracy()),
                Phrases.points(stats.points()),
                stats.currentStreak(),
                stats.bestStreak()));
        stats.topics().forEach(t -> text.append(row(t.topic().title(), t.correct(), t.answered(), t.accuracy())));
        text.append('\n').append(say(Msg.STATS_BY_LEVEL)).append(':');
        stats.levels().forEach(l -> text.append(row(l.level().id(), l.correct(), l.answered(), l.accuracy())));
        if (stats.daily().best() > 0) {
            text.append('\n')
                    .append(say(
                            Msg.CONSOLE_STATS_DAILY_STREAK,
                            stats.daily().current(),
                            stats.daily().best()));
        }
        List<PlayerStats.TopicScore> weakest = stats.weakest();
        if (!weakest.isEmpty()) {
            text.append('\n')
                    .append(say(Msg.STATS_WORK_ON))
                    .append(": ")
                    .append(weakest.stream().map(t -> t.topic().id()).collect(Collectors.joining(", ")));
        }
        stats.weakSpot().ifPresent(spot -> text.append('\n').append(say(spot.advice())));
        view.review().ifPresent(review -> text.append('\n').append(say(review.summary())));
        return text.toString();
    }

    /** A stats table row: the name in a column, then right of answered and the share. */
    private static String row(String name, int correct, int answered, double accuracy) {
        return String.format(
                Locale.ROOT, "\n  %-24s %d/%d (%s)", name, correct, answered, say(Phrases.percent(accuracy)));
    }

    @Override
    public String topics(TopicsView view) {
        StringBuilder text = new StringBuilder(say(Msg.TOPICS_TITLE)).append(':');
        view.topics()
                .forEach(line -> text.append(String.format(
                        Locale.ROOT,
                        "\n  %-22s %3d  %s",
                        line.topic().id(),
                        line.questions(),
                        line.topic().title())));
        return text.append('\n')
                .append(say(Msg.TOPICS_LEVELS))
                .append(": ")
                .append(view.levels().stream().map(l -> l.id()).collect(Collectors.joining(", ")))
                .toString();
    }

    @Override
    public String reports(ReportsView view) {
        StringBuilder text = new StringBuilder(say(view.title())).append(':');
        view.entries().forEach(entry -> {
            text.append("\n  ")
                    .append(entry.questionId())
                    .append("  ")
                    .append(Phrases.cut(entry.prompt(), 70))
                    .append("\n    ")
                    .append(say(entry.tally()))
                    .append(", ")
                    .append(entry.summary().newest());
            entry.summary().notes().forEach(note -> text.append("\n    \"")
                    .append(Phrases.cut(note, 200))
                    .append('"'));
        });
        view.moreLine().ifPresent(more -> text.append("\n").append(say(more)));
        return text.append('\n').append(say(view.hint())).toString();
    }

    @Override
    public String settings(SettingsView view) {
        StringBuilder text = new StringBuilder(say(Msg.SETTINGS_TITLE)).append(':');
        view.lines().forEach(line -> text.append("\n  ")
                .append(say(line.name()))
                .append(": ")
                .append(say(line.value())));
        return text.append('\n').append(say(view.howToChange())).toString();
    }

    @Override
    public String help(HelpView view) {
        StringBuilder text = new StringBuilder(say(Msg.HELP_COMMANDS)).append(':');
        view.commands()
                .forEach(entry -> text.append(String.format(
                        Locale.ROOT,
                        "\n  %-46s %s%s",
                        entry.usage(),
                        say(entry.description()),
                        entry.adminOnly() ? " " + say(Msg.HELP_ADMINS) : "")));
        text.append('\n').append(say(Msg.HELP_RULES)).append(':');
        view.rules().forEach(rule -> text.append("\n  - ").append(say(rule)));
        return text.toString();
    }

    private static String say(Text text) {
        return TEXT.resolve(text);
    }

    private static String say(Msg key, Object... arguments) {
        return TEXT.resolve(key, arguments);
    }

    /** Sentences one after another, as the catalog joins them. */
    private static String sentences(List<Text> sentences) {
        return sentences.isEmpty()
                ? ""
                : say(Phrases.sentences(
                        sentences.get(0), sentences.subList(1, sentences.size()).toArray(Text[]::new)));
    }
}
