package dev.mlquiz.app.console;

import static dev.mlquiz.core.view.Wording.points;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.answer.PracticeFeedback;
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

    private final Instant now;

    private ConsoleRenderer(Instant now) {
        this.now = now;
    }

    public static String render(View view, Instant now) {
        return view.accept(new ConsoleRenderer(now));
    }

    @Override
    public String notice(Notice notice) {
        return (notice.tone() == Notice.Tone.ERROR ? "! " : "") + notice.text();
    }

    @Override
    public String questionCard(QuestionCard card) {
        StringBuilder text = new StringBuilder();
        if (card.kind() == RoundKind.PRACTICE) {
            text.append("Practice (")
                    .append(card.topic().title())
                    .append(", ")
                    .append(card.difficulty().id())
                    .append(")\n");
        } else {
            String left = Wording.duration(Duration.between(now, card.closesAt()));
            text.append("Question (")
                    .append(card.topic().title())
                    .append(", ")
                    .append(card.difficulty().id())
                    .append(", ")
                    .append(points(card.points()))
                    .append(") - answer within ")
                    .append(left)
                    .append("\n");
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
        return text.append("Type A-D to answer.").toString();
    }

    @Override
    public String notedCard(NotedCard noted) {
        return noted.note() + "\n" + questionCard(noted.card());
    }

    /** Which question an answer went to: {@code the channel round (LLMs & NLP: "Why is BERT typically ...")}. */
    static String which(QuestionCard card) {
        String kind = card.kind() == RoundKind.PRACTICE
                ? "your practice question"
                : card.kind() == RoundKind.DAILY ? "the question of the day" : "the channel round";
        return kind + " (" + card.topic().title() + ": \"" + firstWords(card.prompt()) + "\")";
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
            return accepted.feedback().map(ConsoleRenderer::feedback).orElse(accepted.message());
        }
        return "! " + outcome.message();
    }

    private static String feedback(PracticeFeedback feedback) {
        return Wording.verdict(feedback) + " The answer is " + feedback.correctLetter() + ") "
                + feedback.correctText() + "\n" + feedback.explanation()
                + feedback.tip().map(t -> "\nTip: " + t).orElse("");
    }

    @Override
    public String reveal(RevealView reveal) {
        StringBuilder text = new StringBuilder(
                        reveal.kind() == RoundKind.DAILY ? "Question of the day, answers are in! " : "Round over! ")
                .append(reveal.prompt())
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
        text.append("Answer: ")
                .append(reveal.correct())
                .append(") ")
                .append(reveal.correctOption().text())
                .append('\n');
        text.append(reveal.explanation()).append('\n');
        reveal.tip().ifPresent(tip -> text.append("Tip: ").append(tip).append('\n'));
        text.append(String.join(" ", reveal.results(Wording::names)));
        List<String> more = new ArrayList<>();
        reveal.tally().ifPresent(more::add);
        reveal.firstRightSentence(UnaryOperator.identity()).ifPresent(more::add);
        reveal.participationSentence().ifPresent(more::add);
        if (!more.isEmpty()) {
            text.append('\n').append(String.join(" ", more));
        }
        return text.toString();
    }

    @Override
    public String recap(RecapView recap) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%s (%s to %s): %d questions of the day, %s, %s right, %s.",
                Wording.recapHeading(recap.channelName()),
                recap.weekStart(),
                recap.weekEnd(),
                recap.dailyQuestions(),
                Wording.answers(recap.dailyAnswers()),
                Wording.percent(recap.dailyAccuracy()),
                Wording.players(recap.players())));
        recap.top().forEach(line -> text.append('\n').append(line(line)));
        return text.toString();
    }

    @Override
    public String leaderboard(LeaderboardView board) {
        StringBuilder text = new StringBuilder("Leaderboard - ")
                .append(board.scopeName())
                .append(", ")
                .append(board.window().title().toLowerCase(Locale.ROOT));
        if (board.top().isEmpty()) {
            return text.append(": ").append(Wording.NO_POINTS_YET).toString();
        }
        text.append(" (").append(Wording.players(board.players())).append(")");
        board.top().forEach(line -> text.append('\n').append(line(line)));
        board.asker().ifPresent(line -> text.append("\n  ...\n").append(line(line)));
        return text.toString();
    }

    private static String line(LeaderboardView.Line line) {
        return String.format(
                Locale.ROOT,
                "%3d. %-20s %s (%d/%d correct)%s%s",
                line.rank(),
                line.name(),
                points(line.points()),
                line.correct(),
                line.answered(),
                line.dailyStreak() >= 2 ? ", daily streak " + line.dailyStreak() : "",
                line.asker() ? "  <- you" : "");
    }

    @Override
    public String teams(TeamsView teams) {
        StringBuilder text = new StringBuilder("Channels ranked by points per active player, ")
                .append(teams.window().title().toLowerCase(Locale.ROOT));
        if (teams.lines().isEmpty()) {
            return text.append(": ").append(Wording.NO_CHANNEL_POINTS_YET).toString();
        }
        teams.lines()
                .forEach(line -> text.append(String.format(
                        Locale.ROOT,
                        "\n%3d. #%-20s %.1f per player (%s, %s)",
                        line.rank(),
                        line.channelName(),
                        line.pointsPerPlayer(),
                        points(line.points()),
                        Wording.players(line.activePlayers()))));
        return text.toString();
    }

    @Override
    public String stats(StatsView view) {
        PlayerStats stats = view.stats();
        if (stats.answered() == 0) {
            return "Stats for " + view.playerName() + ": " + Wording.NO_ANSWERS_YET;
        }
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "Stats for %s: %d answered, %d correct (%s), %s, streak %d (best %d)",
                view.playerName(),
                stats.answered(),
                stats.correct(),
                Wording.percent(stats.accuracy()),
                points(stats.points()),
                stats.currentStreak(),
                stats.bestStreak()));
        stats.topics()
                .forEach(t -> text.append(String.format(
                        Locale.ROOT,
                        "\n  %-24s %d/%d (%s)",
                        t.topic().title(),
                        t.correct(),
                        t.answered(),
                        Wording.percent(t.accuracy()))));
        if (stats.daily().best() > 0) {
            text.append(String.format(
                    Locale.ROOT,
                    "\nQuestion of the day streak: %d (best %d)",
                    stats.daily().current(),
                    stats.daily().best()));
        }
        List<PlayerStats.TopicScore> weakest = stats.weakest();
        if (!weakest.isEmpty()) {
            text.append("\nWork on: ")
                    .append(weakest.stream().map(t -> t.topic().id()).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    @Override
    public String topics(TopicsView view) {
        StringBuilder text = new StringBuilder("Topics:");
        view.topics()
                .forEach(line -> text.append(String.format(
                        Locale.ROOT,
                        "\n  %-22s %3d  %s",
                        line.topic().id(),
                        line.questions(),
                        line.topic().title())));
        return text.append("\nLevels: ")
                .append(view.levels().stream().map(l -> l.id()).collect(Collectors.joining(", ")))
                .toString();
    }

    @Override
    public String settings(SettingsView view) {
        StringBuilder text = new StringBuilder(SettingsView.TITLE).append(':');
        view.lines()
                .forEach(line ->
                        text.append("\n  ").append(line.name()).append(": ").append(line.value()));
        return text.append('\n').append(view.howToChange()).toString();
    }

    @Override
    public String help(HelpView view) {
        StringBuilder text = new StringBuilder("Commands:");
        view.commands()
                .forEach(entry -> text.append(String.format(
                        Locale.ROOT,
                        "\n  %-46s %s%s",
                        entry.usage(),
                        entry.description(),
                        entry.adminOnly() ? " (admins)" : "")));
        text.append("\nRules:");
        view.rules().forEach(rule -> text.append("\n  - ").append(rule));
        return text.toString();
    }
}
