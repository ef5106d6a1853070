package dev.mlquiz.store.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting for another thread's or process's progress without sleeping: by re-checking a condition. */
public final class Conditions {
    private Conditions() {}

    /** Re-checks {@code condition} until it holds; fails after ten seconds. */
    public static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited ten seconds for another thread");
            }
            Thread.onSpinWait();
        }
    }
}
