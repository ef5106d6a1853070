package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.daily.ScheduleStore;
import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.identity.Directory;
import dev.mlquiz.core.report.ReportStore;
import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.score.Standings;
import dev.mlquiz.core.settings.SettingsStore;
import java.util.Objects;

/** The storage ports the quiz needs, provided together by one storage backend. */
public record QuizStores(
        RoundStore rounds,
        AnswerStore answers,
        Standings standings,
        DeckStore decks,
        SettingsStore settings,
        Directory directory,
        ScheduleStore schedules,
        MemoryCardStore memories,
        ReportStore reports) {
    public QuizStores {
        Objects.requireNonNull(rounds, "rounds");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(standings, "standings");
        Objects.requireNonNull(decks, "decks");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(memories, "memories");
        Objects.requireNonNull(reports, "reports");
    }
}
