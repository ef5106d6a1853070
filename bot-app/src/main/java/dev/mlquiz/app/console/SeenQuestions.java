package dev.mlquiz.app.console;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.view.QuestionCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions shown in this run, oldest first, so a typed letter can go to what its player saw last.
 * A channel round and a question of the day are on the shared screen, so every player has seen them; a
 * practice question only its player. Thread-safe: questions of the day are shown from the timer thread.
 */
final class SeenQuestions {
    /** Only the newest few matter: a player has at most three questions open at once. */
    private static final int KEPT = 64;

    private final LinkedHashMap<RoundId, Optional<PlayerId>> shown = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<RoundId, Optional<PlayerId>> eldest) {
            return size() > KEPT;
        }
    };

    /** {@code viewer}: who typed the command that showed it, the only one to see a practice card. */
    void shown(QuestionCard card, PlayerId viewer) {
        record(card.round(), card.kind() == RoundKind.PRACTICE ? Optional.of(viewer) : Optional.empty());
    }

    /** A channel card no one asked for just now: a scheduled question of the day. */
    void shownToChannel(QuestionCard card) {
        record(card.round(), Optional.empty());
    }

    private synchronized void record(RoundId round, Optional<PlayerId> onlyTo) {
        shown.remove(round);
        shown.put(round, onlyTo);
    }

    /** The rounds this player has seen in this run, the most recently shown first. */
    synchronized List<RoundId> newestFirst(PlayerId player) {
        List<RoundId> seen = new ArrayList<>();
        shown.forEach((round, owner) -> {
            if (owner.map(player::equals).orElse(true)) {
                seen.add(0, round);
            }
        });
        return seen;
    }
}
