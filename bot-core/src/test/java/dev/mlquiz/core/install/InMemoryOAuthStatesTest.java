package dev.mlquiz.core.install;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryOAuthStatesTest extends OAuthStatesContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected OAuthStates states() {
        return storage.oauthStates();
    }
}
