package dev.mlquiz.core.view;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The end of a round: the right option, why, how the channel answered, and who scored. {@code winners}
 * were right and earned {@code pointsEach}; {@code seenBefore} were right on a question they had already
 * scored on in this team, so it earned them no points this time; {@code firstRight} answered right
 * first, whichever list they are in. {@code questionId} is shown so a player can report the question by it.
 */
public record RevealView(
        RoundId round,
        RoundKind kind,
        ChannelId channel,
        String prompt,
        Topic topic,
        Difficulty difficulty,
        List<OptionTally> options,
        Letter correct,
        String explanation,
        Optional<String> tip,
        List<String> winners,
        List<String> seenBefore,
        Optional<String> firstRight,
        int pointsEach,
        int answerCount,
        Optional<Participation> participation,
        String questionId)
        implements View {
    /**
     * For a question of the day: how many of the channel's regular players (anyone who answered a
     * ranked round there in the last four weeks) took part.
     */
    public record Participation(int answered, int regulars) {
        public double share() {
            return regulars == 0 ? 0 : Math.min(1.0, (double) answered / regulars);
        }
    }

    /** How many players chose an option. */
    public record OptionTally(Letter letter, String text, int count, boolean correct) {}

    public RevealView {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        Objects.requireNonNull(correct, "correct");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(tip, "tip");
        winners = List.copyOf(winners);
        seenBefore = List.copyOf(seenBefore);
        Objects.requireNonNull(firstRight, "firstRight");
        Objects.requireNonNull(participation, "participation");
        Objects.requireNonNull(questionId, "questionId");
    }

    /** Whether nobody chose the right option (scoring or not). */
    public boolean nobodyRight() {
        return winners.isEmpty() && seenBefore.isEmpty();
    }

    /** Share of answers that were right, 0 when nobody answered. */
    public double shareRight() {
        return answerCount == 0 ? 0 : (double) (winners.size() + seenBefore.size()) / answerCount;
    }

    /**
     * Who got it, in the sentences every platform shows as they are: "Nobody answered.", "Nobody got it
     * right.", "alice and bob got it right (+1 point each).", and who was right without scoring.
     * {@code names} writes a list of names the platform's way (escaped, cut to fit).
     */
    public List<Text> results(Function<List<String>, String> names) {
        List<Text> sentences = new ArrayList<>();
        if (answerCount == 0) {
            sentences.add(Text.of(Msg.REVEAL_NOBODY_ANSWERED));
        } else if (nobodyRight()) {
            sentences.add(Text.of(Msg.REVEAL_NOBODY_RIGHT));
        }
        if (!winners.isEmpty()) {
            sentences.add(Text.of(
                    winners.size() == 1 ? Msg.REVEAL_WINNER : Msg.REVEAL_WINNERS,
                    names.apply(winners),
                    Phrases.points(pointsEach)));
        }
        if (!seenBefore.isEmpty()) {
            sentences.add(Text.of(
                    winners.isEmpty() ? Msg.REVEAL_SEEN_BEFORE : Msg.REVEAL_SEEN_BEFORE_TOO, names.apply(seenBefore)));
        }
        return sentences;
    }

    /** "3 answers, 67% right."; empty when nobody answered, which {@link #results} already says. */
    public Optional<Text> tally() {
        return answerCount == 0
                ? Optional.empty()
                : Optional.of(Text.of(Msg.REVEAL_TALLY, Phrases.answers(answerCount), Phrases.percent(shareRight())));
    }

    /** For a question of the day: "alice was first to get it right.", the name written by {@code name}. */
    public Optional<Text> firstRightSentence(UnaryOperator<String> name) {
        return kind == RoundKind.DAILY
                ? firstRight.map(first -> Text.of(Msg.REVEAL_FIRST_RIGHT, name.apply(first)))
                : Optional.empty();
    }

    /** For a question of the day: "4 of 5 regular players took part (80%)." */
    public Optional<Text> participationSentence() {
        return participation.map(
                p -> Text.of(Msg.REVEAL_PARTICIPATION, p.regulars(), p.answered(), Phrases.percent(p.share())));
    }

    public OptionTally correctOption() {
        return options.get(correct.ordinal());
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.reveal(this);
    }
}
