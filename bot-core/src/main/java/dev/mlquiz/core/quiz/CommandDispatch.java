package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.CommandVisitor;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.TopicsView;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each command to its use case. Whether a command needs an admin is the command's own answer
 * ({@link Command#adminRefusal}); it is checked here, once, before any admin-only use case runs.
 */
final class CommandDispatch {
    private final UseCases cases;

    /** The use cases commands reach, built together by {@link Quiz}. */
    record UseCases(
            Names names,
            Asking asking,
            Practising practising,
            Reviewing reviewing,
            Exporting exporting,
            Reporting reporting,
            Closing closing,
            Boards boards,
            Stats stats,
            Configuring configuring,
            DailyQuestions daily,
            Settings settings,
            Function<TeamId, TopicsView> topics) {
        UseCases {
            Objects.requireNonNull(names, "names");
            Objects.requireNonNull(asking, "asking");
            Objects.requireNonNull(practising, "practising");
            Objects.requireNonNull(reviewing, "reviewing");
            Objects.requireNonNull(exporting, "exporting");
            Objects.requireNonNull(reporting, "reporting");
            Objects.requireNonNull(closing, "closing");
            Objects.requireNonNull(boards, "boards");
            Objects.requireNonNull(stats, "stats");
            Objects.requireNonNull(configuring, "configuring");
            Objects.requireNonNull(daily, "daily");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(topics, "topics");
        }
    }

    CommandDispatch(UseCases cases) {
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    Reply run(Invocation who, Command command) {
        Optional<Reply> refused = who.admin()
                ? Optional.empty()
                : command.adminRefusal().map(text -> Reply.privately(Notice.error(text)));
        if (refused.isPresent()) {
            return refused.get();
        }
        // Whoever runs a command is seen under their current name, in a channel with its current name.
        cases.names().remember(who);
        return command.accept(new Visitor(who));
    }

    private final class Visitor implements CommandVisitor<Reply> {
        private final Invocation who;

        Visitor(Invocation who) {
            this.who = who;
        }

        @Override
        public Reply ask(Command.Ask ask) {
            return cases.asking().ask(who, ask.filter());
        }

        @Override
        public Reply review(Command.Review review) {
            return cases.reviewing().review(who, review.action());
        }

        @Override
        public Reply export(Command.Export export) {
            return cases.exporting().export(who, export.all());
        }

        @Override
        public Reply report(Command.Report report) {
            return cases.reporting().report(who, report);
        }

        @Override
        public Reply reports(Command.Reports reports) {
            return cases.reporting().manage(who, reports);
        }

        @Override
        public Reply practice(Command.Practice practice) {
            return cases.practising().practice(who, practice.filter());
        }

        @Override
        public Reply close(Command.Close close) {
            return cases.closing().closeEarly(who);
        }

        @Override
        public Reply leaderboard(Command.Leaderboard leaderboard) {
            return cases.boards().leaderboard(who, leaderboard.window(), leaderboard.scope());
        }

        @Override
        public Reply teams(Command.Teams teams) {
            return cases.boards().teams(who, teams.window());
        }

        @Override
        public Reply stats(Command.Stats stats) {
            return cases.stats().stats(who, stats.player());
        }

        @Override
        public Reply topics(Command.Topics topics) {
            return Reply.privately(cases.topics().apply(who.channel().team()));
        }

        @Override
        public Reply help(Command.Help help) {
            return Reply.privately(Help.view(
                    cases.settings().roundLength(who.channel()),
                    cases.settings().timeZone(who.channel().team())));
        }

        @Override
        public Reply showSettings(Command.ShowSettings showSettings) {
            return Reply.privately(cases.configuring().view(who.channel()));
        }

        @Override
        public Reply setRoundSeconds(Command.SetRoundSeconds command) {
            return cases.configuring().setRoundSeconds(who, command.seconds());
        }

        @Override
        public Reply setAskCooldown(Command.SetAskCooldown command) {
            return cases.configuring().setAskCooldown(who, command.seconds());
        }

        @Override
        public Reply setTimeZone(Command.SetTimeZone command) {
            return cases.configuring().setTimeZone(who, command);
        }

        @Override
        public Reply qotdOn(Command.QotdOn command) {
            return cases.daily().turnOn(who, command.settings());
        }

        @Override
        public Reply qotdOff(Command.QotdOff command) {
            return cases.daily().turnOff(who);
        }

        @Override
        public Reply qotdStatus(Command.QotdStatus command) {
            return Reply.privately(Notice.info(cases.daily().status(who.channel())));
        }

        @Override
        public Reply qotdRecap(Command.QotdRecap command) {
            return cases.daily().setRecap(who, command.on());
        }

        @Override
        public Reply invalid(Command.Invalid invalid) {
            return Reply.privately(Notice.error(invalid.message()));
        }
    }
}
