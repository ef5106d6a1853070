package dev.mlquiz.app.admin;

import com.github.benmanes.caffeine.cache.Cache;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.telemetry.Acknowledgments;
import dev.mlquiz.core.telemetry.QuizEvents;
import dev.mlquiz.store.WriteObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Every meter mlquiz exposes, in one Prometheus registry: it counts what the core, the adapters and the
 * database writer report through their own small ports, plus the JVM's meters. The names are listed in
 * the README ("Operating mlquiz").
 */
public final class Telemetry implements QuizEvents, Acknowledgments, WriteObserver, AutoCloseable {
    static final String ANSWERS_RECORDED = "mlquiz.answers.recorded";
    static final String ROUNDS_OPENED = "mlquiz.rounds.opened";
    static final String ROUNDS_REVEALED = "mlquiz.rounds.revealed";
    static final String ACKNOWLEDGMENT = "mlquiz.interaction.ack";
    static final String WRITE_BATCH = "mlquiz.db.write.batch";
    static final String WRITE_TIME = "mlquiz.db.write";
    static final String WRITES_QUEUED = "mlquiz.db.writes.queued";
    static final String SHARDS_CONNECTED = "mlquiz.discord.shards.connected";
    static final String WORKSPACES_INSTALLED = "mlquiz.slack.workspaces.installed";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<RoundKind, Counter> answers = perKind(ANSWERS_RECORDED, "answers recorded");
    private final Map<RoundKind, Counter> opened = perKind(ROUNDS_OPENED, "rounds opened");
    private final Map<RoundKind, Counter> revealed = perKind(ROUNDS_REVEALED, "channel rounds closed and revealed");
    private final Map<Platform, Timer> acknowledgments = new EnumMap<>(Platform.class);
    private final DistributionSummary batchUnits = DistributionSummary.builder(WRITE_BATCH)
            .description("units of work committed in one transaction by the database writer")
            .baseUnit("units")
            .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, 256)
            .register(registry);
    private final Timer writeTime = Timer.builder(WRITE_TIME)
            .description("time the database writer took for one transaction")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry);

    public Telemetry() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // The platforms that acknowledge interactions (the console has nothing to acknowledge).
        for (Platform platform : new Platform[] {Platform.DISCORD, Platform.SLACK}) {
            acknowledgments.put(
                    platform,
                    Timer.builder(ACKNOWLEDGMENT)
                            .description("from an interaction's arrival to its acknowledgment")
                            .tag("platform", platform.key())
                            .publishPercentileHistogram()
                            .minimumExpectedValue(Duration.ofMillis(1))
                            .maximumExpectedValue(Duration.ofSeconds(10))
                            .register(registry));
        }
    }

    private Map<RoundKind, Counter> perKind(String name, String description) {
        Map<RoundKind, Counter> counters = new EnumMap<>(RoundKind.class);
        for (RoundKind kind : RoundKind.values()) {
            counters.put(
                    kind,
                    Counter.builder(name)
                            .description(description)
                            .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
        return counters;
    }

    @Override
    public void roundOpened(RoundKind kind) {
        opened.get(kind).increment();
    }

    @Override
    public void answerRecorded(RoundKind kind) {
        answers.get(kind).increment();
    }

    @Override
    public void roundRevealed(RoundKind kind) {
        revealed.get(kind).increment();
    }

    @Override
    public void acknowledged(Platform platform, Duration took) {
        Timer timer = acknowledgments.get(platform);
        if (timer != null) {
            timer.record(took);
        }
    }

    @Override
    public void transactionWritten(int units, Duration took) {
        batchUnits.record(units);
        writeTime.record(took);
    }

    /** Writes waiting for the database writer, read at each scrape. */
    public void queuedWrites(IntSupplier queued) {
        gauge(WRITES_QUEUED, "writes queued for the database writer", queued);
    }

    /** Discord gateway shards this process has connected, read at each scrape. */
    public void connectedShards(IntSupplier shards) {
        gauge(SHARDS_CONNECTED, "Discord shards connected in this process", shards);
    }

    /** Slack workspaces this process serves, read at each scrape. */
    public void installedWorkspaces(IntSupplier workspaces) {
        gauge(WORKSPACES_INSTALLED, "Slack workspaces served", workspaces);
    }

    private void gauge(String name, String description, IntSupplier value) {
        Gauge.builder(name, value::getAsInt).description(description).register(registry);
    }

    /** Hit rates and sizes of the caches, by name; their statistics must be recorded. */
    public void caches(Map<String, Cache<?, ?>> caches) {
        caches.forEach((name, cache) -> CaffeineCacheMetrics.monitor(registry, cache, name));
    }

    /** Everything, in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
