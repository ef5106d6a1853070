package dev.mlquiz.core.score;

import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryStandingsTest extends StandingsContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected QuizStores stores() {
        return storage.stores();
    }
}
