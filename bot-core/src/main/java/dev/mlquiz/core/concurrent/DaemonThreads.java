package dev.mlquiz.core.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for the bot's background executors. Daemons, so a forgotten executor never holds the
 * JVM open after shutdown; named, so a thread dump says whose thread it is.
 */
public final class DaemonThreads {
    private DaemonThreads() {}

    /** Every thread gets the same name: for single-thread executors. */
    public static ThreadFactory named(String name) {
        return runnable -> daemon(runnable, name);
    }

    /** Threads named prefix-1, prefix-2, and so on: for pools. */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> daemon(runnable, prefix + "-" + count.incrementAndGet());
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
