package dev.mlquiz.core.testing;

import dev.mlquiz.core.quiz.QuizStores;

/**
 * The state a {@link QuizFixture}'s quizzes share, as processes share a database: each {@link #open} is
 * one process's ports on it, and closing them is that process ending.
 */
@FunctionalInterface
public interface FixtureStorage {
    /** One process's ports on the shared state. */
    interface Opened extends AutoCloseable {
        QuizStores stores();

        @Override
        void close();
    }

    Opened open();

    /** Every process on one {@link InMemoryStorage}; there is nothing to close. */
    static FixtureStorage inMemory() {
        return on(new InMemoryStorage());
    }

    /** Every process on the given {@link InMemoryStorage}, for a test that also reaches its other ports. */
    static FixtureStorage on(InMemoryStorage storage) {
        return () -> new Opened() {
            @Override
            public QuizStores stores() {
                return storage.stores();
            }

            @Override
            public void close() {}
        };
    }
}
