package dev.mlquiz.app.console;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;

final class ConsolePlaygroundTestPlayers {
    static final Player YOU = new Player(new PlayerId(Platform.CONSOLE, "you"), "you");

    private ConsolePlaygroundTestPlayers() {}
}
