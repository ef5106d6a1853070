package dev.mlquiz.core.command;

import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code leaderboard [week|month|all] [channel]} and {@code leaderboard teams [week|month|all]}. */
final class LeaderboardWords {
    private LeaderboardWords() {}

    static Command read(List<String> args) {
        Window window = Window.WEEK;
        LeaderboardScope scope = LeaderboardScope.TEAM;
        boolean teams = false;
        Optional<String> windowWord = Optional.empty();
        boolean scopeGiven = false;
        for (String arg : args) {
            String word = arg.toLowerCase(Locale.ROOT);
            Optional<Window> asWindow = Window.parse(word);
            if (asWindow.isPresent() && windowWord.isPresent()) {
                return new Command.Invalid(Text.of(Msg.LEADERBOARD_PERIOD_TWICE, windowWord.get(), arg));
            } else if (asWindow.isPresent()) {
                window = asWindow.get();
                windowWord = Optional.of(arg);
            } else if (word.equals("teams") && !teams && !scopeGiven) {
                teams = true;
            } else if ((word.equals("channel") || word.equals("here")) && !scopeGiven && !teams) {
                scope = LeaderboardScope.CHANNEL;
                scopeGiven = true;
            } else if ((word.equals("server") || word.equals("team") || word.equals("workspace"))
                    && !scopeGiven
                    && !teams) {
                scopeGiven = true;
            } else {
                return new Command.Invalid(Text.of(Msg.LEADERBOARD_UNKNOWN_OPTION, arg));
            }
        }
        return teams ? new Command.Teams(window) : new Command.Leaderboard(window, scope);
    }
}
