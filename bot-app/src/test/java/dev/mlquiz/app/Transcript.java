package dev.mlquiz.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Collects what a program prints and lets a test wait for a given piece of it, never longer than a bound. */
final class Transcript extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int offset, int length) {
        bytes.write(b, offset, length);
        notifyAll();
    }

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Waits until {@code expected} has been printed; fails showing everything printed so far otherwise. */
    synchronized void await(String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!text().contains(expected)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("'" + expected + "' not printed within " + timeout + "; printed:\n" + text());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
