package dev.mlquiz.core.review;

/** How a review went, FSRS's four grades. A quiz answer gives two: wrong is {@link #AGAIN}, right {@link #GOOD}. */
public enum Rating {
    AGAIN,
    HARD,
    GOOD,
    EASY;

    /** FSRS numbers the grades from 1 (Again) to 4 (Easy); its formulas use the number. */
    int grade() {
        return ordinal() + 1;
    }
}
