package dev.mlquiz.core.command;

/** One method per command, so a new command does not compile until every dispatch handles it. */
public interface CommandVisitor<T> {
    T ask(Command.Ask ask);

    T practice(Command.Practice practice);

    T review(Command.Review review);

    T export(Command.Export export);

    T report(Command.Report report);

    T reports(Command.Reports reports);

    T close(Command.Close close);

    T leaderboard(Command.Leaderboard leaderboard);

    T teams(Command.Teams teams);

    T stats(Command.Stats stats);

    T topics(Command.Topics topics);

    T help(Command.Help help);

    T showSettings(Command.ShowSettings showSettings);

    T setRoundSeconds(Command.SetRoundSeconds setRoundSeconds);

    T setAskCooldown(Command.SetAskCooldown setAskCooldown);

    T setTimeZone(Command.SetTimeZone setTimeZone);

    T qotdOn(Command.QotdOn qotdOn);

    T qotdOff(Command.QotdOff qotdOff);

    T qotdStatus(Command.QotdStatus qotdStatus);

    T qotdRecap(Command.QotdRecap qotdRecap);

    T invalid(Command.Invalid invalid);
}
