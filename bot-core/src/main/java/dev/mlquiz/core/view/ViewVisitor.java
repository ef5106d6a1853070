package dev.mlquiz.core.view;

/** One method per kind of view, so a renderer handles every view or does not compile. */
public interface ViewVisitor<T> {
    T questionCard(QuestionCard card);

    T notedCard(NotedCard noted);

    T reveal(RevealView reveal);

    T answer(AnswerView answer);

    T leaderboard(LeaderboardView leaderboard);

    T teams(TeamsView teams);

    T stats(StatsView stats);

    T topics(TopicsView topics);

    T help(HelpView help);

    T settings(SettingsView settings);

    T recap(RecapView recap);

    T reports(ReportsView reports);

    T notice(Notice notice);
}
