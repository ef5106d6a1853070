package dev.mlquiz.app.admin;

import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.telemetry.Acknowledgments;
import dev.mlquiz.core.telemetry.QuizEvents;
import dev.mlquiz.discord.DiscordBot;
import dev.mlquiz.slack.SlackBot;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.WriteObserver;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * What the launcher wires for operators: with {@code MLQUIZ_ADMIN_PORT} set, the {@link Telemetry}, the
 * {@link ReadinessChecks} (the database's from the start, each platform's as it is configured) and the
 * {@link AdminServer} that serves them; without it, nothing is measured and nothing listens.
 */
public final class Monitoring implements AutoCloseable {
    /** How long {@code /readyz} waits for its checks; probes commonly give up after 1 to 5 s. */
    static final Duration READINESS_LIMIT = Duration.ofSeconds(2);

    private final Database db;
    private final Optional<Telemetry> telemetry;
    private final ReadinessChecks readiness;
    private final Optional<AdminServer> server;

    private Monitoring(
            Database db, Optional<Telemetry> telemetry, ReadinessChecks readiness, Optional<AdminServer> server) {
        this.db = db;
        this.telemetry = telemetry;
        this.readiness = readiness;
        this.server = server;
    }

    /**
     * Starts the admin server if {@code MLQUIZ_ADMIN_PORT} is set, on {@code MLQUIZ_ADMIN_HOST} (default
     * 127.0.0.1).
     *
     * @throws IllegalArgumentException when the settings are wrong or the port cannot be bound, with the
     *     line to show
     */
    public static Monitoring start(Map<String, String> env, Database db) {
        ReadinessChecks readiness = new ReadinessChecks(READINESS_LIMIT);
        Optional<InetSocketAddress> address = AdminAddress.from(env);
        if (address.isEmpty()) {
            return new Monitoring(db, Optional.empty(), readiness, Optional.empty());
        }
        readiness.add("database", ReadinessChecks.readyWhen(() -> db.isReachable(READINESS_LIMIT), "not answering"));
        Telemetry telemetry = new Telemetry();
        db.observeWrites(telemetry);
        telemetry.queuedWrites(db::queuedWrites);
        try {
            AdminServer server = AdminServer.start(address.get(), readiness, telemetry::scrape);
            return new Monitoring(db, Optional.of(telemetry), readiness, Optional.of(server));
        } catch (IOException e) {
            db.observeWrites(WriteObserver.NONE);
            telemetry.close();
            readiness.close();
            throw new IllegalArgumentException(
                    "cannot serve the admin endpoints on " + AdminAddress.shown(address.get()) + ": " + e.getMessage()
                            + " (set MLQUIZ_ADMIN_PORT to a free port)",
                    e);
        }
    }

    /**
     * {@link #start}, saying on {@code err} where the endpoints are, or in one line why they cannot be
     * served (then empty: the launcher stops).
     */
    public static Optional<Monitoring> startOrSay(Map<String, String> env, Database db, PrintStream err) {
        try {
            Monitoring monitoring = start(env, db);
            monitoring
                    .url()
                    .ifPresent(
                            url -> err.println("mlquiz: health and metrics on " + url + "/healthz, /readyz, /metrics"));
            return Optional.of(monitoring);
        } catch (IllegalArgumentException e) {
            err.println("mlquiz: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Where the endpoints are (the port picked, for port 0), to say at start; empty when off. */
    public Optional<String> url() {
        return server.map(s -> "http://" + AdminAddress.shown(s.address()));
    }

    public QuizEvents events() {
        return telemetry.<QuizEvents>map(t -> t).orElse(QuizEvents.NONE);
    }

    public Acknowledgments acknowledgments() {
        return telemetry.<Acknowledgments>map(t -> t).orElse(Acknowledgments.NONE);
    }

    /** Meters the quiz's caches. */
    public void watch(Quiz quiz) {
        telemetry.ifPresent(t -> t.caches(quiz.caches()));
    }

    /** A platform is configured and connecting: not ready until {@link #platformConnected} says otherwise. */
    public void platformStarting(String name) {
        readiness.add(name, ReadinessChecks.readyWhen(() -> false, "starting"));
    }

    /** The platform is ready while {@code connected} says so. */
    public void platformConnected(String name, BooleanSupplier connected) {
        readiness.add(name, ReadinessChecks.readyWhen(connected, "not connected"));
    }

    /** Discord is ready when every shard of this process is connected; the gauge counts them. */
    public void watch(DiscordBot discord) {
        readiness.add("discord", () -> {
            int connected = discord.connectedShards();
            int running = discord.runningShards();
            return connected >= running
                    ? Optional.empty()
                    : Optional.of(connected + " of " + running + " shards connected");
        });
        connectedShards(discord::connectedShards);
    }

    /** Slack is ready while Slack can reach it; the gauge reads how many workspaces it serves. */
    public void watch(SlackBot slack, IntSupplier workspaces) {
        platformConnected("slack", slack::connected);
        installedWorkspaces(workspaces);
    }

    /** Adds a readiness check of its own (a shard manager's, an installation store's). */
    public void require(String name, ReadinessChecks.Check check) {
        readiness.add(name, check);
    }

    public void connectedShards(IntSupplier shards) {
        telemetry.ifPresent(t -> t.connectedShards(shards));
    }

    public void installedWorkspaces(IntSupplier workspaces) {
        telemetry.ifPresent(t -> t.installedWorkspaces(workspaces));
    }

    /** Stops serving; the database stays open (its owner closes it after this). */
    @Override
    public void close() {
        server.ifPresent(AdminServer::close);
        telemetry.ifPresent(t -> {
            db.observeWrites(WriteObserver.NONE);
            t.close();
        });
        readiness.close();
    }
}
