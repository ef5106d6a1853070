package dev.mlquiz.store;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a writer busy with one unit until released, so that the units queued meanwhile commit together,
 * in one batch.
 */
final class WriterHold {
    private WriterHold() {}

    /** Returns once the writer is busy; counting the returned latch down lets it go on. */
    static CountDownLatch hold(GroupCommitWriter writer) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        writer.writeLater(context -> {
            holding.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        holding.await();
        return release;
    }
}
