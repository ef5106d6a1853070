package dev.mlquiz.core.view;

import dev.mlquiz.core.text.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A question shown again or anew with one line that says why: a round still open when another is asked
 * for, a practice question still open, or one just replaced. Renderers show the note, then the card.
 *
 * @param messageLink where the question's own message is, when the adapter knows it (a channel round's
 *     post); the core leaves it empty, since links are the platforms' business
 */
public record NotedCard(Text note, QuestionCard card, Optional<String> messageLink) implements View {
    public NotedCard {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(messageLink, "messageLink");
    }

    public NotedCard(Text note, QuestionCard card) {
        this(note, card, Optional.empty());
    }

    public NotedCard withMessageLink(Optional<String> link) {
        return new NotedCard(note, card, link);
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.notedCard(this);
    }
}
