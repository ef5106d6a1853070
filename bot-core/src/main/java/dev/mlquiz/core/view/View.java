package dev.mlquiz.core.view;

/** Everything the core asks an adapter to show. Adapters render views; they never compute them. */
public sealed interface View
        permits QuestionCard,
                NotedCard,
                RevealView,
                LeaderboardView,
                TeamsView,
                StatsView,
                TopicsView,
                HelpView,
                SettingsView,
                AnswerView,
                RecapView,
                ReportsView,
                Notice {

    <T> T accept(ViewVisitor<T> visitor);
}
