package dev.mlquiz.app;

import dev.mlquiz.app.admin.Monitoring;
import dev.mlquiz.app.console.ConsoleOutput;
import dev.mlquiz.app.console.ConsolePictures;
import dev.mlquiz.app.console.ConsolePlayground;
import dev.mlquiz.app.packs.BankCommand;
import dev.mlquiz.app.packs.ValidatePackCommand;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.publish.Publisher;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.schedule.QuizTimer;
import dev.mlquiz.discord.DiscordBot;
import dev.mlquiz.discord.DiscordPublisher;
import dev.mlquiz.discord.DiscordStartException;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.slack.SlackBot;
import dev.mlquiz.slack.SlackPublisher;
import dev.mlquiz.slack.SlackStartException;
import dev.mlquiz.slack.TokenCipher;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** The {@code mlquiz} command: the composition root that wires the core to its front ends. */
public final class Main {
    static final String USAGE = String.join(
            "\n",
            "usage: mlquiz [command]",
            "  (no command)            run the bot; with no Discord or Slack credentials, the console playground",
            "  bank                    print the questions per topic and level, and the bank's figures",
            "  validate-pack FILE...   check question packs (YAML or JSON) and list every problem",
            "  migrate-db FROM TO      copy every record of database FROM into the new, empty database TO",
            "                          (each a SQLite file or a postgresql:// URL), counts checked",
            "  reports export          print every team's reports on questions as JSON lines",
            "  help                    show this help",
            "",
            "environment:",
            "  MLQUIZ_DB               the SQLite database file (default $XDG_DATA_HOME/mlquiz/mlquiz.db,",
            "                          else ~/.local/share/mlquiz/mlquiz.db), or a PostgreSQL server:",
            "                          postgresql://user:password@host:5432/database",
            "  MLQUIZ_DB_USER, MLQUIZ_DB_PASSWORD  PostgreSQL credentials, when the URL has none",
            "  MLQUIZ_PACKS_DIR        a folder of your team's own *.yaml / *.json packs",
            "  MLQUIZ_PICTURES         off: leaderboards, stats and recaps as text only, no picture (default on)",
            "  DISCORD_TOKEN           run on Discord with this bot token",
            "  DISCORD_GUILD_ID        register the commands in this server only (instant updates)",
            "  DISCORD_SHARDS          the bot's number of shards (default: the count Discord recommends)",
            "  DISCORD_SHARD_IDS       the shards this process runs, e.g. 0-3 or 0,2,5 (default: all;",
            "                          needs DISCORD_SHARDS)",
            "  DISCORD_REST_URL        Discord's REST API through a proxy, e.g. http://proxy:8080/api/v10/",
            "  DISCORD_GATEWAY_URL     the gateway to connect to instead of Discord's, e.g. ws://proxy:7878",
            "  SLACK_BOT_TOKEN         run on Slack with this bot token, plus SLACK_APP_TOKEN (Socket Mode)",
            "                          or SLACK_SIGNING_SECRET and MLQUIZ_HTTP_PORT (HTTP mode)",
            "  SLACK_CLIENT_ID, SLACK_CLIENT_SECRET  instead of SLACK_BOT_TOKEN: OAuth mode, one app for every",
            "                          workspace that installs it from /slack/install (HTTP mode: with",
            "                          SLACK_SIGNING_SECRET and MLQUIZ_HTTP_PORT); the redirect URL is /slack/oauth_redirect",
            "  SLACK_REDIRECT_URI      OAuth mode: the redirect URL to send with installs, when the app has several",
            "  MLQUIZ_SECRET_KEY       OAuth mode: seals bot tokens in the database; " + TokenCipher.KEY_FORMAT,
            "  MLQUIZ_HTTP_HOST        the address Slack's HTTP mode listens on (default 0.0.0.0)",
            "  MLQUIZ_SLACK_ADMINS     who may run admin commands besides workspace admins (comma-separated):",
            "                          U024BE7LH in every workspace, T024BE7LD:U024BE7LH in that one only",
            "  SLACK_API_URL           another Slack Web API base URL (e.g. https://slack-gov.com/api/)",
            "  MLQUIZ_ADMIN_PORT       serve /healthz, /readyz and /metrics (Prometheus) on this port",
            "  MLQUIZ_ADMIN_HOST       the address those listen on (default 127.0.0.1)",
            "  MLQUIZ_LOG_LEVEL        level of mlquiz's own log lines (default INFO)",
            "  MLQUIZ_JAVA_OPTS        JVM options for ./mlquiz, instead of the defaults in jvm.options");

    private static final Duration TIMER_TICK = Duration.ofSeconds(1);
    /** At most one live-count edit per round message in this interval (Discord rate-limits edits). */
    private static final Duration LIVE_COUNT_INTERVAL = Duration.ofSeconds(3);

    /** How long in-flight requests get to finish once a stop is requested. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final Map<String, String> env;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    /** Installed when the bot starts: the process's signals in {@link #main}, a hand-tripped one in tests. */
    private final Supplier<ShutdownSignal> shutdownSignal;

    Main(
            Map<String, String> env,
            InputStream in,
            PrintStream out,
            PrintStream err,
            boolean interactive,
            Supplier<ShutdownSignal> shutdownSignal) {
        this.env = env;
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.shutdownSignal = shutdownSignal;
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtFailureLog());
        Main main = new Main(
                System.getenv(),
                System.in,
                System.out,
                System.err,
                System.console() != null,
                () -> ShutdownSignal.installOnProcess(SHUTDOWN_GRACE, System.err));
        System.exit(main.run(List.of(args)));
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            return runBot();
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "bank":
                return printBank();
            case "validate-pack":
                return new ValidatePackCommand(out).run(rest);
            case "migrate-db":
                return new MigrateDbCommand(env, out, err).run(rest);
            case "reports":
                return new ReportsCommand(env, out, err).run(rest);
            case "help":
            case "--help":
            case "-h":
                out.println(USAGE);
                return 0;
            default:
                err.println("unknown command '" + command + "'");
                err.println(USAGE);
                return 2;
        }
    }

    /** Serves until the input ends or a stop is requested, then closes everything before it returns. */
    private int runBot() {
        ShutdownSignal shutdown = shutdownSignal.get();
        try {
            int status = serve(shutdown);
            if (status == 0 && shutdown.isRequested()) {
                out.println("mlquiz stopped cleanly.");
            }
            return status;
        } finally {
            shutdown.done();
        }
    }

    private int serve(ShutdownSignal shutdown) {
        AppConfig config;
        Optional<Pictures> pictures;
        try {
            config = AppConfig.from(env);
            pictures = PictureSetting.pictures(env);
        } catch (IllegalArgumentException e) {
            err.println("mlquiz: " + e.getMessage());
            return 1;
        }
        QuestionBank bank = config.loadBank(err);
        Clock clock = Clock.systemUTC();
        RoutingAnnouncer announcer = new RoutingAnnouncer();
        Optional<Database> opened = Databases.openSaying(config, err);
        if (opened.isEmpty()) {
            return 1;
        }
        Optional<Monitoring> monitored = Monitoring.startOrSay(env, opened.get(), err);
        if (monitored.isEmpty()) {
            opened.get().close();
            return 1;
        }
        try (Database db = opened.get();
                Monitoring monitoring = monitored.get()) {
            QuizStores stores = JdbcStorage.stores(db);
            Quiz quiz = new Quiz(
                    bank,
                    stores,
                    announcer,
                    clock,
                    new SplittableRandom(new SecureRandom().nextLong()),
                    monitoring.events());
            monitoring.watch(quiz);
            Optional<String> discordToken = AppConfig.value(env, "DISCORD_TOKEN");
            SlackEnvironment slack = new SlackEnvironment(env);
            if (discordToken.isPresent() || slack.configured()) {
                return runPlatforms(
                        discordToken,
                        slack,
                        quiz,
                        db,
                        RoundCards.reading(bank, stores, clock),
                        pictures,
                        announcer,
                        monitoring,
                        shutdown);
            }
            ConsoleOutput output = new ConsoleOutput(out, clock, new ConsolePictures(pictures));
            announcer.route(Platform.CONSOLE, output);
            StoppableInput input = new StoppableInput(in);
            shutdown.whenRequested(input::stop);
            QuizTimer timer = new QuizTimer(quiz, TIMER_TICK, DiscordLaunch.servedTeams(announcer, null));
            try {
                new ConsolePlayground(quiz, output, interactive).run(new BufferedReader(input));
            } finally {
                timer.close();
            }
        }
        return 0;
    }

    /** Connects every configured platform, then serves until the process is stopped. */
    private int runPlatforms(
            Optional<String> discordToken,
            SlackEnvironment slack,
            Quiz quiz,
            Database db,
            RoundCards cards,
            Optional<Pictures> pictures,
            RoutingAnnouncer announcer,
            Monitoring monitoring,
            ShutdownSignal shutdown) {
        RoundMessages messages = JdbcStorage.roundMessages(db);
        List<AutoCloseable> running = new ArrayList<>();
        DiscordBot discord = null;
        try {
            if (discordToken.isPresent()) {
                DiscordPublisher publisher = new DiscordPublisher(pictures);
                RoundMessageUpdater rounds = updater(publisher, messages, cards);
                announcer.route(Platform.DISCORD, rounds);
                monitoring.platformStarting("discord");
                discord = DiscordBot.start(
                        DiscordLaunch.settings(env, discordToken.get()),
                        quiz,
                        rounds,
                        publisher,
                        shards -> {},
                        monitoring.acknowledgments());
                running.add(discord);
                monitoring.watch(discord);
            }
            if (slack.configured()) {
                SlackPublisher publisher = new SlackPublisher(pictures);
                RoundMessageUpdater rounds = updater(publisher, messages, cards);
                announcer.route(Platform.SLACK, rounds);
                monitoring.platformStarting("slack");
                SlackBot slackBot = slack.start(quiz, rounds, publisher, db, monitoring.acknowledgments());
                running.add(slackBot);
                monitoring.watch(slackBot, slack.workspaces(db));
            }
            running.add(new QuizTimer(quiz, TIMER_TICK, DiscordLaunch.servedTeams(announcer, discord)));
            out.println("mlquiz is running. Stop it with Ctrl+C.");
            shutdown.await();
            return 0;
        } catch (DiscordStartException | SlackStartException | IllegalArgumentException e) {
            err.println("mlquiz: " + e.getMessage());
            return 1;
        } finally {
            Collections.reverse(running);
            BoundedClose.inOrder(running, SHUTDOWN_GRACE, err);
        }
    }

    private static RoundMessageUpdater updater(Publisher publisher, RoundMessages messages, RoundCards cards) {
        return new RoundMessageUpdater(EditCoalescer.onTimer(LIVE_COUNT_INTERVAL), publisher, messages, cards);
    }

    private int printBank() {
        return new BankCommand(out).run(AppConfig.from(env).loadBank(err));
    }
}
