package dev.mlquiz.core.command;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.Optional;

/**
 * The one place that decides which commands only admins may run, with the refusal everyone else gets.
 * The core refuses by it, help marks "(admins)" by it, and adapters look up admin rights only for it.
 */
final class AdminRule implements CommandVisitor<Optional<Text>> {
    static final AdminRule INSTANCE = new AdminRule();
    private static final Optional<Text> ANYONE = Optional.empty();
    private static final Optional<Text> QOTD = Optional.of(Text.of(Msg.ADMIN_ONLY_QOTD));

    private AdminRule() {}

    @Override
    public Optional<Text> ask(Command.Ask ask) {
        return ANYONE;
    }

    @Override
    public Optional<Text> practice(Command.Practice practice) {
        return ANYONE;
    }

    @Override
    public Optional<Text> review(Command.Review review) {
        return ANYONE;
    }

    @Override
    public Optional<Text> export(Command.Export export) {
        return ANYONE;
    }

    @Override
    public Optional<Text> report(Command.Report report) {
        return ANYONE;
    }

    @Override
    public Optional<Text> reports(Command.Reports reports) {
        return Optional.of(Text.of(Msg.ADMIN_ONLY_REPORTS));
    }

    @Override
    public Optional<Text> close(Command.Close close) {
        return Optional.of(Text.of(Msg.ADMIN_ONLY_CLOSE));
    }

    @Override
    public Optional<Text> leaderboard(Command.Leaderboard leaderboard) {
        return ANYONE;
    }

    @Override
    public Optional<Text> teams(Command.Teams teams) {
        return ANYONE;
    }

    @Override
    public Optional<Text> stats(Command.Stats stats) {
        return ANYONE;
    }

    @Override
    public Optional<Text> topics(Command.Topics topics) {
        return ANYONE;
    }

    @Override
    public Optional<Text> help(Command.Help help) {
        return ANYONE;
    }

    @Override
    public Optional<Text> showSettings(Command.ShowSettings showSettings) {
        return ANYONE;
    }

    @Override
    public Optional<Text> setRoundSeconds(Command.SetRoundSeconds setRoundSeconds) {
        return Optional.of(Text.of(Msg.ADMIN_ONLY_ROUND_LENGTH));
    }

    @Override
    public Optional<Text> setAskCooldown(Command.SetAskCooldown setAskCooldown) {
        return Optional.of(Text.of(Msg.ADMIN_ONLY_ASK_COOLDOWN));
    }

    @Override
    public Optional<Text> setTimeZone(Command.SetTimeZone setTimeZone) {
        return Optional.of(Text.of(Msg.ADMIN_ONLY_TIME_ZONE));
    }

    @Override
    public Optional<Text> qotdOn(Command.QotdOn qotdOn) {
        return QOTD;
    }

    @Override
    public Optional<Text> qotdOff(Command.QotdOff qotdOff) {
        return QOTD;
    }

    @Override
    public Optional<Text> qotdStatus(Command.QotdStatus qotdStatus) {
        return ANYONE;
    }

    @Override
    public Optional<Text> qotdRecap(Command.QotdRecap qotdRecap) {
        return QOTD;
    }

    @Override
    public Optional<Text> invalid(Command.Invalid invalid) {
        return ANYONE;
    }
}
