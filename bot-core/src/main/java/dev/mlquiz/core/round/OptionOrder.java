package dev.mlquiz.core.round;

import dev.mlquiz.questions.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How a round shows its question's options: letter i shows {@code question.options().get(order[i])},
 * and option 0 is always the correct one. Persisted with the round as four digits ("2031").
 */
public final class OptionOrder {
    private static final int SIZE = Letter.values().length;

    private final int[] order;

    private OptionOrder(int[] order) {
        this.order = order;
    }

    public static OptionOrder shuffled(RandomGenerator random) {
        int[] order = {0, 1, 2, 3};
        for (int i = SIZE - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return new OptionOrder(order);
    }

    public static OptionOrder parse(String digits) {
        Objects.requireNonNull(digits, "digits");
        char[] sorted = digits.toCharArray();
        Arrays.sort(sorted);
        if (!new String(sorted).equals("0123")) {
            throw new IllegalArgumentException("option order '" + digits + "' is not a permutation of 0123");
        }
        return new OptionOrder(digits.chars().map(c -> c - '0').toArray());
    }

    public String digits() {
        StringBuilder text = new StringBuilder(SIZE);
        Arrays.stream(order).forEach(text::append);
        return text.toString();
    }

    public Letter correctLetter() {
        for (int i = 0; i < SIZE; i++) {
            if (order[i] == 0) {
                return Letter.at(i);
            }
        }
        throw new AssertionError("no correct option in " + digits());
    }

    public String textOf(Question question, Letter letter) {
        return question.options().get(order[letter.ordinal()]);
    }

    /** The options in the order players see them, A first. */
    public List<String> arrange(Question question) {
        List<String> shown = new ArrayList<>(SIZE);
        for (Letter letter : Letter.values()) {
            shown.add(textOf(question, letter));
        }
        return shown;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OptionOrder && Arrays.equals(order, ((OptionOrder) other).order);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(order);
    }

    @Override
    public String toString() {
        return digits();
    }
}
