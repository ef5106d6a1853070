package dev.mlquiz.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-wide last resort for a thread that dies of an exception nobody caught: one line naming the
 * thread, the error and where it was thrown, instead of a stack trace on standard error or nothing.
 */
final class UncaughtFailureLog implements Thread.UncaughtExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(UncaughtFailureLog.class);

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length == 0 ? "" : " (at " + trace[0] + ")";
        log.error("thread {} failed: {}{}", thread.getName(), failure, where);
    }
}
