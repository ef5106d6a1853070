package dev.mlquiz.core.telemetry;

import dev.mlquiz.core.identity.Platform;
import java.time.Duration;

/**
 * How long the adapters took to acknowledge an interaction (Discord and Slack give 3 s), told to whoever
 * measures it. Called on request threads: implementations must be quick and thread-safe.
 */
@FunctionalInterface
public interface Acknowledgments {

    /** From receiving the interaction to handing its acknowledgment to the platform's client. */
    void acknowledged(Platform platform, Duration took);

    /** Measures nothing. */
    Acknowledgments NONE = (platform, took) -> {};
}
