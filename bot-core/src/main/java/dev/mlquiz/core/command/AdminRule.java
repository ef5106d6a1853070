package dev.mlquiz.core.command;

import java.util.Optional;

/**
 * The one place that decides which commands only admins may run, with the refusal everyone else gets.
 * The core refuses by it, help marks "(admins)" by it, and adapters look up admin rights only for it.
 */
final class AdminRule implements CommandVisitor<Optional<String>> {
    static final AdminRule INSTANCE = new AdminRule();
    private static final Optional<String> ANYONE = Optional.empty();
    private static final Optional<String> QOTD = Optional.of("Only admins can change the question of the day.");

    private AdminRule() {}

    @Override
    public Optional<String> ask(Command.Ask ask) {
        return ANYONE;
    }

    @Override
    public Optional<String> practice(Command.Practice practice) {
        return ANYONE;
    }

    @Override
    public Optional<String> close(Command.Close close) {
        return Optional.of("Only admins can close a round early. It closes by itself when its time is up.");
    }

    @Override
    public Optional<String> leaderboard(Command.Leaderboard leaderboard) {
        return ANYONE;
    }

    @Override
    public Optional<String> teams(Command.Teams teams) {
        return ANYONE;
    }

    @Override
    public Optional<String> stats(Command.Stats stats) {
        return ANYONE;
    }

    @Override
    public Optional<String> topics(Command.Topics topics) {
        return ANYONE;
    }

    @Override
    public Optional<String> help(Command.Help help) {
        return ANYONE;
    }

    @Override
    public Optional<String> showSettings(Command.ShowSettings showSettings) {
        return ANYONE;
    }

    @Override
    public Optional<String> setRoundSeconds(Command.SetRoundSeconds setRoundSeconds) {
        return Optional.of("Only admins can change the round length.");
    }

    @Override
    public Optional<String> setAskCooldown(Command.SetAskCooldown setAskCooldown) {
        return Optional.of("Only admins can change the ask cooldown.");
    }

    @Override
    public Optional<String> setTimeZone(Command.SetTimeZone setTimeZone) {
        return Optional.of("Only admins can change the team's time zone.");
    }

    @Override
    public Optional<String> qotdOn(Command.QotdOn qotdOn) {
        return QOTD;
    }

    @Override
    public Optional<String> qotdOff(Command.QotdOff qotdOff) {
        return QOTD;
    }

    @Override
    public Optional<String> qotdStatus(Command.QotdStatus qotdStatus) {
        return ANYONE;
    }

    @Override
    public Optional<String> qotdRecap(Command.QotdRecap qotdRecap) {
        return QOTD;
    }

    @Override
    public Optional<String> invalid(Command.Invalid invalid) {
        return ANYONE;
    }
}
